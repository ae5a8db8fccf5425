import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionDefinition } from '../../shared/playbook/sections.js';
import type { CollabSession } from '../collab/CollabSession.js';
import { SectionEditor } from '../editor/SectionEditor.js';
import type { LocalUser } from '../identity/LocalUser.js';
import type { FillState } from '../../shared/playbook/sectionFillState.js';
import { FillIndicator } from './FillIndicator.js';
import { PromptsBox } from './PromptsBox.js';
import { StructuredPartSlot } from './StructuredPartSlot.js';
import { sectionElementId, type SectionTexts } from './useSectionTexts.js';

interface SectionViewProps {
  session: CollabSession;
  user: LocalUser;
  section: SectionDefinition;
  texts: SectionTexts;
  fill: FillState;
  promptsVisible: boolean;
  /** The workshop's facilitator shows or hides the prompts for everyone: the section's own toggle is off. */
  promptsFixed?: boolean;
  /** False when the server refused us for good. */
  editable: boolean;
}

/**
 * One section of the playbook: number, title, purpose, prompts, its structured part and its rich text.
 * Memoised: someone moving to another section re-renders the page, not thirteen editors.
 */
export const SectionView = memo(function SectionView(props: SectionViewProps) {
  const { session, user, section, texts, fill, promptsVisible, promptsFixed = false, editable } = props;
  const { t } = useTranslation();
  const base = sectionElementId(section.id);
  const placeholder =
    texts.prompts.length > 0 ? t('editor.placeholder', { prompt: texts.prompts[0] }) : t('editor.placeholderNoPrompt');
  return (
    <section
      id={base}
      className="pb-section"
      aria-labelledby={`${base}-title`}
      data-section={section.id}
      data-testid={base}
    >
      <header className="pb-section__head">
        <p className="pb-section__eyebrow">
          <span className="pb-section__number">{t('editor.section.number', { number: section.number })}</span>
          <FillIndicator state={fill} showLabel />
        </p>
        <h2 id={`${base}-title`} className="pb-section__title" tabIndex={-1}>
          {texts.title}
        </h2>
        <p id={`${base}-purpose`} className="pb-section__purpose">
          {texts.purpose}
        </p>
      </header>
      <PromptsBox
        doc={session.doc}
        sectionId={section.id}
        prompts={texts.prompts}
        visible={promptsVisible}
        listId={`${base}-prompts`}
        readOnly={!editable || promptsFixed}
      />
      {section.parts.map((part) => (
        <StructuredPartSlot key={part} part={part} sectionId={section.id} doc={session.doc} readOnly={!editable} />
      ))}
      <SectionEditor
        session={session}
        user={user}
        sectionId={section.id}
        sectionTitle={texts.title}
        editable={editable}
        placeholder={placeholder}
        labelledBy={`${base}-title`}
        // Fixed for the editor's lifetime; a hidden prompt list is simply not there to describe it.
        describedBy={`${base}-purpose ${base}-prompts`}
      />
    </section>
  );
});
