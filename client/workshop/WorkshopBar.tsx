import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, phaseOf } from '../../shared/course/courseRoom.js';
import { formatCountdown, remainingAt } from '../../shared/course/workshopTimer.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { sectionById } from '../../shared/playbook/sections.js';
import { changeTimer, setFollow } from '../api/workshopRoomApi.js';
import { AppLink } from '../components/AppLink.js';
import { useSectionTexts } from '../sections/useSectionTexts.js';
import '../styles/workshop.css';
import { FacilitatorControls } from './FacilitatorControls.js';
import { useCourseRoom } from './useCourseRoom.js';
import { useNow } from './useNow.js';
import { useRoomAction } from './useRoomAction.js';

/** "Follow me" as a playbook page runs it (see useFollowMe). */
export interface FollowView {
  /** This viewer leads: their own navigation moves everyone. */
  leading: boolean;
  /** This viewer's page goes where the leader goes (false once they moved on their own). */
  following: boolean;
  /** Follow the leader again: jumps to where they are now. */
  onRejoin: () => void;
  /** Facilitators: start leading, or stop; null for participants. */
  onToggleLead: (() => void) | null;
}

interface WorkshopBarProps {
  courseId: string;
  facilitator: boolean;
  /** The group whose phase to show (the viewer's own, or the open working space's); null for none. */
  groupId: string | null;
  /** In a playbook: "follow me" as the page runs it. Null on the course page, which has no sections. */
  follow: FollowView | null;
  /** On the course page: where to read the section the facilitator shows (the viewer's playbook). */
  sectionHref?: ((sectionId: SectionId) => string) | null;
}

const EXTRA_MINUTES = [1, 5] as const;

/**
 * The live workshop room at the bottom of the screen, for everyone in a course: the shared countdown
 * (computed here, every quarter second, from the server's end time and this browser's clock offset, so it
 * keeps counting through a network drop), the facilitator's message, the group's phase and "follow me".
 * Facilitators also pause, resume and extend the timer here and open the rest of the controls.
 */
export function WorkshopBar({ courseId, facilitator, groupId, follow, sectionHref = null }: WorkshopBarProps) {
  const { t } = useTranslation();
  const panelId = useId();
  const { room, snapshot } = useCourseRoom(courseId);
  const now = useNow();
  const textsOf = useSectionTexts();
  const [open, setOpen] = useState(false);
  const { run, busy, error } = useRoomAction(room);
  if (!snapshot) return null;

  const { state, connection, clockOffset, loaded } = snapshot;
  const { timer } = state;
  const remaining = remainingAt(timer, now + clockOffset);
  const status = timer.status === 'idle' ? 'idle' : remaining === 0 ? 'finished' : timer.status;
  const announcement =
    status === 'finished'
      ? t('workshop.bar.announce.timeUp')
      : status === 'paused'
        ? t('workshop.bar.announce.paused', { time: formatCountdown(timer.remainingMs ?? 0) })
        : status === 'running'
          ? t('workshop.bar.announce.running')
          : '';
  const stateText =
    status === 'finished'
      ? t('workshop.bar.timeUp')
      : status === 'paused'
        ? t('workshop.bar.paused')
        : status === 'idle'
          ? t('workshop.bar.noTimer')
          : '';
  const phase = groupId ? phaseOf(state, groupId) : null;
  const followed = state.follow;
  const sectionName = (id: SectionId) => `${sectionById(id).number}. ${textsOf(sectionById(id)).title}`;
  // A participant between timers with nothing announced needs no "--:--" taking a phone's bottom lines:
  // the bar shrinks to the group's phase, or stays out of sight without one (it still listens).
  const quiet =
    !facilitator &&
    status === 'idle' &&
    !state.message &&
    !followed &&
    !state.prompts &&
    connection !== 'offline' &&
    connection !== 'stopped';

  return (
    <>
      {!(quiet && !phase) && (
        <div className={`workshop-bar-spacer${quiet ? ' workshop-bar-spacer--quiet' : ''}`} aria-hidden="true" />
      )}
      <section
        className={`workshop-bar workshop-bar--${status}${quiet ? ' workshop-bar--quiet' : ''}`}
        aria-label={t('workshop.bar.label')}
        data-testid="workshop-bar"
        data-connection={connection}
        hidden={quiet && !phase}
      >
        {facilitator && open && (
          <FacilitatorControls
            courseId={courseId}
            room={room}
            state={state}
            id={panelId}
            onClose={() => setOpen(false)}
            pickSection={follow === null}
          />
        )}
        <div className="workshop-bar__row">
          {!quiet && (
            <div className="workshop-bar__timer" data-testid="workshop-timer" data-status={status}>
              <span className="workshop-bar__time" role="timer" aria-label={t('workshop.bar.timeLeft')}>
                {remaining === null ? '--:--' : formatCountdown(remaining)}
              </span>
              {timer.label && <span className="workshop-bar__label">{timer.label}</span>}
              {stateText && <span className="workshop-bar__state">{stateText}</span>}
            </div>
          )}
          <p className="workshop-sr-only" aria-live="polite" data-testid="workshop-announcement">
            {announcement}
          </p>

          {facilitator && (
            <div className="workshop-bar__quick">
              {timer.status === 'running' && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  onClick={() => void run(() => changeTimer(courseId, { action: 'pause' }))}
                >
                  {t('workshop.controls.pause')}
                </button>
              )}
              {timer.status === 'paused' && (
                <button
                  type="button"
                  className="button button--primary button--small"
                  disabled={busy}
                  onClick={() => void run(() => changeTimer(courseId, { action: 'resume' }))}
                >
                  {t('workshop.controls.resume')}
                </button>
              )}
              {timer.status !== 'idle' &&
                EXTRA_MINUTES.map((minutes) => (
                  <button
                    key={minutes}
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('workshop.controls.extendLabel', { minutes })}
                    disabled={busy}
                    onClick={() => void run(() => changeTimer(courseId, { action: 'extend', minutes }))}
                  >
                    {t('workshop.controls.extend', { minutes })}
                  </button>
                ))}
            </div>
          )}

          <div className="workshop-bar__info">
            {state.message && (
              <p className="workshop-bar__message" data-testid="workshop-message">
                <span className="workshop-sr-only">{t('workshop.bar.message')}: </span>
                {state.message}
              </p>
            )}
            {phase && (
              <p className="workshop-bar__phase" data-testid="workshop-phase" data-phase={phase}>
                {t('workshop.bar.phase', {
                  phase: t(`workshop.phase.${phase}`),
                  step: PHASES.indexOf(phase) + 1,
                  total: PHASES.length,
                })}
              </p>
            )}
            {state.prompts && (
              <p className="workshop-bar__note">
                {state.prompts === 'hidden' ? t('workshop.bar.promptsHidden') : t('workshop.bar.promptsShown')}
              </p>
            )}
            {connection === 'offline' && (
              <p className="workshop-bar__offline" role="status" data-testid="workshop-offline">
                {t('workshop.bar.offline')}
              </p>
            )}
            {connection === 'connecting' && !loaded && (
              <p className="workshop-bar__note">{t('workshop.bar.connecting')}</p>
            )}
            {connection === 'stopped' && (
              <p className="workshop-bar__offline" role="status">
                {t('workshop.bar.stopped')}
              </p>
            )}
          </div>

          <div className="workshop-bar__follow" data-testid="workshop-follow">
            {follow && followed && follow.leading && (
              <span className="workshop-bar__leading">{t('workshop.follow.leading')}</span>
            )}
            {follow && followed && !follow.leading && follow.following && (
              <span data-following="true">{t('workshop.follow.following', { name: followed.name })}</span>
            )}
            {follow && followed && !follow.leading && !follow.following && (
              <>
                <span data-following="false">{t('workshop.follow.notFollowing')}</span>
                <button type="button" className="button button--primary button--small" onClick={follow.onRejoin}>
                  {t('workshop.follow.rejoin')}
                </button>
              </>
            )}
            {follow?.onToggleLead && (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-pressed={follow.leading}
                disabled={connection !== 'online'}
                onClick={follow.onToggleLead}
              >
                {t('workshop.follow.lead')}
              </button>
            )}
            {!follow && followed && (
              <>
                <span>
                  {t('workshop.follow.showing', { name: followed.name, section: sectionName(followed.sectionId) })}
                </span>
                {sectionHref && (
                  <AppLink className="button button--secondary button--small" href={sectionHref(followed.sectionId)}>
                    {t('workshop.follow.open')}
                  </AppLink>
                )}
                {facilitator && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    disabled={busy}
                    onClick={() => void run(() => setFollow(courseId, { sectionId: null }))}
                  >
                    {t('workshop.follow.stop')}
                  </button>
                )}
              </>
            )}
          </div>

          {facilitator && (
            <button
              type="button"
              className="button button--secondary button--small workshop-bar__toggle"
              aria-expanded={open}
              aria-controls={open ? panelId : undefined}
              onClick={() => setOpen((value) => !value)}
            >
              {t('workshop.controls.toggle')}
            </button>
          )}
        </div>
        {error && (
          <p className="workshop-controls__error" role="alert">
            {error}
          </p>
        )}
      </section>
    </>
  );
}
