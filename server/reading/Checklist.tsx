import type { ChecklistItem } from '../../shared/playbook/playbookFileSchema.js';
import type { ReadingTexts } from './readingTexts.js';

/** A section's checklist, grouped under its group headings in the order the groups first appear. */
export function Checklist({ items, texts }: { items: readonly ChecklistItem[]; texts: ReadingTexts }) {
  if (items.length === 0) return null;
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return (
    <div className="checklist" data-testid="checklist">
      {[...groups].map(([group, grouped]) => (
        <div key={group} className="checklist__group">
          {group && <p className="checklist__heading">{group}</p>}
          <ul>
            {grouped.map((item) => (
              <li key={item.id} data-testid="checklist-item">
                <span className="checklist__box" aria-hidden="true">
                  ☐
                </span>{' '}
                {item.text}
                {item.who && <span className="who"> ({texts.leads[item.who]})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
