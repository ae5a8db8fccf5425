import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGBOOK_TEXT_MAX_CHARS, type LogbookEntry } from '../../shared/api/logbookApi.js';
import type { ActionCard } from '../../shared/course/actionCards.js';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { createEntry } from '../api/logbookApi.js';
import { logbookErrorText } from './logbookErrorText.js';

interface QuickEntryFormProps {
  courseId: string;
  cards: readonly ActionCard[];
  onSaved: (entry: LogbookEntry) => void;
}

/**
 * The quick entry at the top of the logbook, made for a phone right after an interview: one text field, an
 * optional action card, one button. A CPR number is explained before anything is sent (the server refuses
 * it anyway with `personal_data`).
 */
export function QuickEntryForm({ courseId, cards, onSaved }: QuickEntryFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [cardId, setCardId] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const personalData = findPersonalData(text).length > 0;
  const empty = text.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (empty || personalData || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const entry = await createEntry(courseId, {
        text: text.trim(),
        actionCardId: cards.some((card) => card.id === cardId) ? cardId : null,
      });
      setText('');
      setMessage({ tone: 'info', text: t('learning.logbook.saved') });
      onSaved(entry);
    } catch (error: unknown) {
      setMessage({ tone: 'error', text: logbookErrorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const describedBy = [`${id}-hint`, personalData ? `${id}-cpr` : ''].filter(Boolean).join(' ');
  return (
    <form className="quick-entry" onSubmit={(event) => void submit(event)}>
      <label className="field__label" htmlFor={`${id}-text`}>
        {t('learning.logbook.quickLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="field__input quick-entry__text"
        rows={4}
        value={text}
        maxLength={LOGBOOK_TEXT_MAX_CHARS}
        placeholder={t('learning.logbook.placeholder')}
        aria-describedby={describedBy}
        aria-invalid={personalData || undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('learning.logbook.namesHint')}{' '}
        <span className="quick-entry__length">
          {t('learning.logbook.length', { used: text.length, max: LOGBOOK_TEXT_MAX_CHARS })}
        </span>
      </p>
      {personalData && (
        <p id={`${id}-cpr`} className="field__error" role="alert">
          {t('learning.logbook.cprWarning')}
        </p>
      )}
      {cards.length > 0 && (
        <div className="quick-entry__card">
          <label className="field__label" htmlFor={`${id}-card`}>
            {t('learning.logbook.card')}
          </label>
          <select
            id={`${id}-card`}
            className="field__input"
            value={cardId}
            onChange={(event) => setCardId(event.target.value)}
          >
            <option value="">{t('learning.logbook.noCard')}</option>
            {cards.map((card, index) => (
              <option key={card.id} value={card.id}>
                {card.title.trim() || t('learning.cards.untitled', { number: index + 1 })}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={busy || empty || personalData}>
        {busy ? t('learning.logbook.saving') : t('learning.logbook.save')}
      </button>
      <p className={message?.tone === 'error' ? 'inline-error' : 'learning-status'} role="status">
        {message?.text}
      </p>
    </form>
  );
}
