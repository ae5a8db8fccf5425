import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseRoomState, PromptsOverride } from '../../shared/course/courseRoom.js';
import { MESSAGE_MAX_CHARS } from '../../shared/course/courseRoom.js';
import { TIMER_LABEL_MAX_CHARS, TIMER_MAX_MINUTES } from '../../shared/course/workshopTimer.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { SECTIONS } from '../../shared/playbook/sections.js';
import { changeTimer, setFollow, setMessage, setPrompts } from '../api/workshopRoomApi.js';
import { useSectionTexts } from '../sections/useSectionTexts.js';
import type { CourseRoomConnection } from './CourseRoomConnection.js';
import { useRoomAction } from './useRoomAction.js';

const PRESETS = [5, 10, 15] as const;
const PROMPT_CHOICES: ReadonlyArray<{ value: PromptsOverride; key: 'promptsShown' | 'promptsHidden' | 'promptsOwn' }> =
  [
    { value: 'shown', key: 'promptsShown' },
    { value: 'hidden', key: 'promptsHidden' },
    { value: null, key: 'promptsOwn' },
  ];

interface FacilitatorControlsProps {
  courseId: string;
  room: CourseRoomConnection | null;
  state: CourseRoomState;
  id: string;
  onClose: () => void;
  /**
   * Offer "show a section to everyone": where the bar sits outside a playbook (course page, live view), so
   * the facilitator cannot lead by moving through one. In a playbook "Følg mig" on the bar does that.
   */
  pickSection?: boolean;
}

/**
 * The facilitator's panel of the workshop bar: start a timer (minutes or a preset, with an optional label),
 * reset it, show or hide the discussion questions for everyone (or let each group choose), and a short
 * message to everyone. Pause, resume, extra minutes and "follow me" sit on the bar itself.
 */
export function FacilitatorControls({
  courseId,
  room,
  state,
  id,
  onClose,
  pickSection = false,
}: FacilitatorControlsProps) {
  const { t } = useTranslation();
  const textsOf = useSectionTexts();
  const fieldId = useId();
  const [shownSection, setShownSection] = useState<SectionId>(state.follow?.sectionId ?? SECTIONS[0]!.id);
  const [minutes, setMinutes] = useState('10');
  const [label, setLabel] = useState('');
  const [message, setMessageText] = useState(state.message ?? '');
  const { run, busy, error } = useRoomAction(room);

  const start = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 1 || value > TIMER_MAX_MINUTES) return;
    void run(() => changeTimer(courseId, { action: 'start', minutes: value, label: label.trim() || undefined }));
  };
  const showSection = (event: FormEvent) => {
    event.preventDefault();
    void run(() => setFollow(courseId, { sectionId: shownSection }));
  };
  const sendMessage = (event: FormEvent) => {
    event.preventDefault();
    void run(() => setMessage(courseId, { text: message.trim() === '' ? null : message }));
  };

  return (
    <div className="workshop-controls" id={id} role="group" aria-labelledby={`${fieldId}-heading`}>
      <div className="workshop-controls__head">
        <h2 id={`${fieldId}-heading`} className="workshop-controls__heading">
          {t('workshop.controls.heading')}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t('workshop.controls.close')}
        </button>
      </div>

      <form className="workshop-controls__row" onSubmit={start} aria-label={t('workshop.controls.timer')}>
        <div className="workshop-controls__field">
          <label className="field__label" htmlFor={`${fieldId}-minutes`}>
            {t('workshop.controls.minutes')}
          </label>
          <input
            id={`${fieldId}-minutes`}
            className="field__input workshop-controls__minutes"
            type="number"
            min={1}
            max={TIMER_MAX_MINUTES}
            step={1}
            required
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
        <div className="workshop-controls__field workshop-controls__field--grow">
          <label className="field__label" htmlFor={`${fieldId}-label`}>
            {t('workshop.controls.label')}
          </label>
          <input
            id={`${fieldId}-label`}
            className="field__input"
            type="text"
            maxLength={TIMER_LABEL_MAX_CHARS}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('workshop.controls.start')}
        </button>
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button button--secondary button--small"
            aria-label={t('workshop.controls.presetLabel', { minutes: preset })}
            disabled={busy}
            onClick={() =>
              void run(() =>
                changeTimer(courseId, { action: 'start', minutes: preset, label: label.trim() || undefined }),
              )
            }
          >
            {t('workshop.controls.preset', { minutes: preset })}
          </button>
        ))}
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={busy || state.timer.status === 'idle'}
          onClick={() => void run(() => changeTimer(courseId, { action: 'reset' }))}
        >
          {t('workshop.controls.reset')}
        </button>
      </form>

      <fieldset className="workshop-controls__prompts">
        <legend className="field__label">{t('workshop.controls.prompts')}</legend>
        {PROMPT_CHOICES.map((choice) => (
          <label key={choice.key} className="workshop-controls__choice">
            <input
              type="radio"
              name={`${fieldId}-prompts`}
              checked={state.prompts === choice.value}
              disabled={busy}
              onChange={() => void run(() => setPrompts(courseId, { prompts: choice.value }))}
            />{' '}
            {t(`workshop.controls.${choice.key}`)}
          </label>
        ))}
      </fieldset>

      {pickSection && (
        <form className="workshop-controls__row" onSubmit={showSection}>
          <div className="workshop-controls__field workshop-controls__field--grow">
            <label className="field__label" htmlFor={`${fieldId}-section`}>
              {t('workshop.controls.showSection')}
            </label>
            <select
              id={`${fieldId}-section`}
              className="field__input"
              aria-describedby={`${fieldId}-section-hint`}
              value={shownSection}
              onChange={(event) => setShownSection(event.target.value as SectionId)}
            >
              {SECTIONS.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.number}. {textsOf(section).title}
                </option>
              ))}
            </select>
            <p id={`${fieldId}-section-hint`} className="field__hint">
              {t('workshop.controls.showSectionHint')}
            </p>
          </div>
          <button type="submit" className="button button--primary button--small" disabled={busy}>
            {t('workshop.controls.showSectionButton')}
          </button>
        </form>
      )}

      <form className="workshop-controls__row" onSubmit={sendMessage}>
        <div className="workshop-controls__field workshop-controls__field--grow">
          <label className="field__label" htmlFor={`${fieldId}-message`}>
            {t('workshop.controls.message')}
          </label>
          <input
            id={`${fieldId}-message`}
            className="field__input"
            type="text"
            maxLength={MESSAGE_MAX_CHARS}
            aria-describedby={`${fieldId}-message-hint`}
            value={message}
            onChange={(event) => setMessageText(event.target.value)}
          />
          <p id={`${fieldId}-message-hint`} className="field__hint">
            {t('workshop.controls.messageHint')}
          </p>
        </div>
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('workshop.controls.showMessage')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={busy || state.message === null}
          onClick={() => {
            setMessageText('');
            void run(() => setMessage(courseId, { text: null }));
          }}
        >
          {t('workshop.controls.clearMessage')}
        </button>
      </form>
      <p className="workshop-controls__error" role="alert">
        {error}
      </p>
    </div>
  );
}
