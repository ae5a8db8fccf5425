import { agendaTotalMinutes } from '../../shared/playbook/agendaTotalMinutes.js';
import type { AgendaItem } from '../../shared/playbook/playbookFileSchema.js';
import type { ReadingTexts } from './readingTexts.js';

/** The agenda as a table: item, who leads it, its time box, and the total. */
export function AgendaTable({ items, texts }: { items: readonly AgendaItem[]; texts: ReadingTexts }) {
  if (items.length === 0) return null;
  return (
    <table className="agenda" data-testid="agenda-table">
      <thead>
        <tr>
          <th scope="col">{texts.agendaItem}</th>
          <th scope="col">{texts.lead}</th>
          <th scope="col" className="num">
            <abbr title={texts.minutes}>{texts.minutesHeading}</abbr>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id} data-testid="agenda-item">
            <th scope="row">
              <span className="agenda__no">{index + 1}.</span> {item.title}
            </th>
            <td>{texts.leads[item.lead]}</td>
            <td className="num">{item.minutes === null ? texts.undecided : texts.minutesShort(item.minutes)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {texts.total}
          </th>
          <td className="num" data-testid="agenda-total">
            {texts.minutesShort(agendaTotalMinutes(items))}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
