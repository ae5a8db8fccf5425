import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { renamePlaybookBodySchema } from '../../shared/api/playbooksApi.js';
import { playbookMeta } from '../../shared/playbook/playbookMeta.js';
import { removePersonalData } from '../../shared/playbook/removePersonalData.js';

/** How long the note about a removed CPR number stays. */
const PERSONAL_DATA_NOTE_MS = 8000;

/** Longest title, as the playbook API accepts it. */
const TITLE_MAX_CHARS = renamePlaybookBodySchema.shape.title.maxLength ?? 200;

/**
 * The playbook's title as the page's heading, editable in place: every keystroke goes to the shared
 * metadata (last writer wins), so the others see the new title at once. A title cannot be left empty:
 * leaving the field empty puts back the title it had when you started; Escape undoes the edit; Enter ends
 * it (a title is one line, but long titles wrap instead of being cut off on a phone).
 */
export function TitleField({ doc, title, readOnly }: { doc: Y.Doc; title: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const [before, setBefore] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // Counts CPR removals while the note shows (each one restarts its timer); null when it is hidden.
  const [removals, setRemovals] = useState<number | null>(null);
  useEffect(() => {
    if (removals === null) return;
    const timer = window.setTimeout(() => setRemovals(null), PERSONAL_DATA_NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [removals]);
  // A title describes the playbook, never a citizen: a CPR number never reaches the shared metadata.
  const set = (value: string) => {
    const oneLine = value.replace(/[\r\n]+/g, ' ');
    const clean = removePersonalData(oneLine);
    if (clean !== oneLine) setRemovals((n) => (n ?? 0) + 1);
    playbookMeta.set(doc, { title: clean });
  };

  // Grow with the text. CSS `field-sizing: content` does it where supported; elsewhere measure on change
  // and on resize (a narrower window wraps the title onto more lines).
  useLayoutEffect(() => {
    const element = field.current;
    if (!element || CSS.supports('field-sizing', 'content')) return;
    const fit = () => {
      element.style.height = 'auto';
      element.style.height = `${element.scrollHeight}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [title]);

  return (
    // The heading's text for screen-reader heading navigation; the field beside it is how you change it.
    <h1 className="title-field">
      <span className="visually-hidden">{title.trim() || t('editor.title.untitled')}</span>
      <textarea
        ref={field}
        id="playbook-title"
        className="title-field__input"
        aria-label={t('editor.title.label')}
        rows={1}
        value={title}
        maxLength={TITLE_MAX_CHARS}
        placeholder={t('editor.title.placeholder')}
        readOnly={readOnly}
        spellCheck
        lang="da"
        autoComplete="off"
        data-testid="playbook-title"
        onFocus={() => setBefore(title)}
        onChange={(event) => set(event.target.value)}
        onBlur={() => {
          if (title.trim() === '' && before) set(before);
          else if (title !== title.trim()) set(title.trim());
          setBefore(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            event.currentTarget.blur();
          }
          if (event.key === 'Escape' && before !== null) {
            set(before);
            event.currentTarget.blur();
          }
        }}
      />
      <span className="title-field__personal-data" role="status" data-testid="personal-data-note-title">
        {removals !== null ? t('editor.personalDataRemoved') : ''}
      </span>
    </h1>
  );
}
