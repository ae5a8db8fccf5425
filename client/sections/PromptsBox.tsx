import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { promptsVisibility } from '../../shared/playbook/promptsVisibility.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';

interface PromptsBoxProps {
  doc: Y.Doc;
  sectionId: SectionId;
  prompts: readonly string[];
  /** Shown or hidden for everyone: the choice is stored in the playbook (`promptsVisible`). */
  visible: boolean;
  /** Id of the prompt list, so the section editor can point at it with aria-describedby. */
  listId: string;
  readOnly: boolean;
}

/**
 * The facilitator prompts of a section ("Spørgsmål til drøftelse"), in a calm box like the dialogue boxes
 * of the KL/AK-Samvirke template, with a button that hides or shows them for everyone.
 */
export function PromptsBox({ doc, sectionId, prompts, visible, listId, readOnly }: PromptsBoxProps) {
  const { t } = useTranslation();
  if (prompts.length === 0) return null;
  const toggle = (
    <button
      type="button"
      className="button button--quiet button--small prompts__toggle"
      aria-expanded={visible}
      aria-controls={visible ? listId : undefined}
      disabled={readOnly}
      onClick={() => promptsVisibility.set(doc, sectionId, !visible)}
    >
      {visible ? t('editor.prompts.hide') : t('editor.prompts.show')}
    </button>
  );
  if (!visible) {
    return (
      <div className="prompts prompts--hidden" data-testid={`prompts-${sectionId}`} data-visible="false">
        <p className="prompts__hidden-note">{t('editor.prompts.hiddenNote', { count: prompts.length })}</p>
        {toggle}
      </div>
    );
  }
  return (
    <aside
      className="prompts"
      aria-label={t('editor.prompts.heading')}
      data-testid={`prompts-${sectionId}`}
      data-visible="true"
    >
      <div className="prompts__head">
        <h3 className="prompts__heading">
          <span className="prompts__mark" aria-hidden="true">
            ?
          </span>
          {t('editor.prompts.heading')}
        </h3>
        {toggle}
      </div>
      <ul id={listId} className="prompts__list">
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <p className="prompts__note">{t('editor.prompts.sharedHint')}</p>
    </aside>
  );
}
