import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { checklistItems } from '../../shared/playbook/checklistItems.js';
import type { ChecklistItem } from '../../shared/playbook/playbookFileSchema.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { useDocSelector } from '../playbook/useDocSelector.js';
import { LeadTag } from './LeadTag.js';
import { StructuredReadOnlyNote } from './StructuredReadOnlyNote.js';

/** A section's checklist (before / rights / after), grouped under its headings, live from the document. */
export function ChecklistView({ doc, sectionId }: { doc: Y.Doc; sectionId: SectionId }) {
  const { t } = useTranslation();
  const select = useCallback(
    (current: Y.Doc) => checklistItems.read(current).filter((item) => item.sectionId === sectionId),
    [sectionId],
  );
  const items = useDocSelector(doc, select);
  if (items.length === 0) return null;
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return (
    <div className="readonly-part" data-testid={`checklist-${sectionId}`}>
      <h3 className="readonly-part__heading">{t('editor.checklist.heading')}</h3>
      {[...groups].map(([group, groupItems]) => (
        <div key={group} className="checklist-group">
          {group && <h4 className="checklist-group__heading">{group}</h4>}
          <ul className="checklist">
            {groupItems.map((item) => (
              <li key={item.id} className="checklist__item">
                <span className="checklist__box" aria-hidden="true" />
                <span className="checklist__text">{item.text}</span>
                {item.who && <LeadTag lead={item.who} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <StructuredReadOnlyNote />
    </div>
  );
}
