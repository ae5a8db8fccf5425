import { agendaTotalMinutes } from '../../shared/playbook/agendaTotalMinutes.js';
import { formatDateDa } from '../../shared/playbook/formatDateDa.js';
import { LEAD_LABELS_DA, type Lead } from '../../shared/playbook/Lead.js';
import { PARTNER_KIND_LABELS_DA } from '../../shared/playbook/PartnerKind.js';
import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import { PLAYBOOK_STATUS_LABELS_DA } from '../../shared/playbook/PlaybookStatus.js';
import { ROLE_COLUMN_LABELS_DA, ROLE_COLUMNS, ROLE_LEVEL_LABELS_DA } from '../../shared/playbook/RoleLevel.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';

/**
 * The playbook's metadata and structured parts as plain Danish text (labels, table rows, lines), the same
 * wording as the Markdown export, for the Word and PDF exports to lay out each in its own way.
 */

/** A table: header cells and rows of cells, all plain text. */
export interface PlainTable {
  header: string[];
  rows: string[][];
}

const who = (lead: Lead | null) => (lead ? LEAD_LABELS_DA[lead] : '');

/** Label and value pairs under the title: status, rule basis (regelgrundlag), partners, area, approval. */
export function metadataLines(file: PlaybookFile): Array<[label: string, value: string]> {
  const { meta } = file;
  const rules = meta.ruleBasis;
  const validity = `gælder fra ${formatDateDa(rules.validFrom)}${rules.validTo ? ` til ${formatDateDa(rules.validTo)}` : ''}`;
  const lines: Array<[string, string]> = [
    ['Status', `${PLAYBOOK_STATUS_LABELS_DA[meta.status]}${meta.version ? `, version ${meta.version}` : ''}`],
    ['Regelgrundlag', `${[rules.name, rules.reference].filter(Boolean).join(', ')} (${validity})`],
  ];
  if (meta.partners.length > 0) {
    const names = meta.partners.map(
      (p) => `${p.name}${p.branch ? `, ${p.branch}` : ''} (${PARTNER_KIND_LABELS_DA[p.kind].toLowerCase()})`,
    );
    lines.push(['Parter', names.join('; ')]);
  }
  if (meta.area || meta.region) lines.push(['Område', [meta.area, meta.region].filter(Boolean).join(', ')]);
  if (meta.organiser) lines.push(['Facilitering', meta.organiser]);
  if (meta.approvedBy || meta.approvedOn) {
    const on = meta.approvedOn ? ` den ${formatDateDa(meta.approvedOn)}` : '';
    lines.push(['Godkendt af', `${meta.approvedBy || 'ikke angivet'}${on}`]);
  }
  if (meta.nextReviewOn) lines.push(['Næste revision', formatDateDa(meta.nextReviewOn)]);
  return lines;
}

/** The agenda as a table: number, item, lead, minutes, must cover. */
export function agendaTable(file: PlaybookFile): PlainTable {
  return {
    header: ['Nr.', 'Punkt', 'Leder', 'Tid', 'Skal med'],
    rows: file.agenda.map((item, index) => [
      String(index + 1),
      item.title,
      who(item.lead),
      item.minutes === null ? '–' : `${item.minutes} min.`,
      item.mustCover ? 'Ja' : '',
    ]),
  };
}

/** "Samlet tid: …": undecided time boxes are said out loud, "0 minutter" would read as a decision. */
export function agendaTotalLine(file: PlaybookFile): string {
  const untimed = file.agenda.filter((item) => item.minutes === null).length;
  if (untimed === file.agenda.length) return 'Samlet tid: ikke fastlagt endnu';
  const note = untimed === 0 ? '' : ` (${untimed} ${untimed === 1 ? 'punkt' : 'punkter'} uden tid)`;
  return `Samlet tid: ${agendaTotalMinutes(file.agenda)} minutter${note}`;
}

/** Each agenda item's purpose and key questions, for the text under the table. */
export function agendaDetails(file: PlaybookFile): Array<{ title: string; purpose: string; questions: string[] }> {
  return file.agenda
    .filter((item) => item.purpose || item.keyQuestions.length > 0)
    .map((item) => ({
      title: `${file.agenda.indexOf(item) + 1}. ${item.title}`,
      purpose: item.purpose,
      questions: item.keyQuestions,
    }));
}

/** The roles matrix: task, then how the job centre, the a-kasse and the citizen take part. */
export function rolesTable(file: PlaybookFile): PlainTable {
  return {
    header: ['Opgave', ...ROLE_COLUMNS.map((column) => ROLE_COLUMN_LABELS_DA[column])],
    rows: file.roles.map((row) => [
      row.task,
      ...ROLE_COLUMNS.map((column) => {
        const level = row[column];
        return level ? ROLE_LEVEL_LABELS_DA[level] : '–';
      }),
    ]),
  };
}

/** A section's checklist, by group (an empty group name: ungrouped items). */
export function checklistGroups(file: PlaybookFile, sectionId: SectionId): Array<{ group: string; items: string[] }> {
  const items = file.checklistItems.filter((item) => item.sectionId === sectionId);
  return [...new Set(items.map((item) => item.group))].map((group) => ({
    group,
    items: items
      .filter((item) => item.group === group)
      .map((item) => `${item.text}${item.who ? ` (${who(item.who)})` : ''}`),
  }));
}

/** The "hvis … så" cards as situation, response and a note (who, rule). */
export function cardTexts(file: PlaybookFile): Array<{ trigger: string; response: string; note: string }> {
  return file.ifThenCards.map((card) => ({
    trigger: card.trigger,
    response: card.response || '…',
    note: [card.who ? `Hvem: ${who(card.who)}` : '', card.ruleNote ? `Regel: ${card.ruleNote}` : '']
      .filter(Boolean)
      .join('. '),
  }));
}

/** The contacts as a table: partner, function, phone, e-mail, note. */
export function contactsTable(file: PlaybookFile): PlainTable {
  const names = new Map(file.meta.partners.map((partner) => [partner.id, partner.name]));
  return {
    header: ['Part', 'Funktion', 'Telefon', 'E-mail', 'Bemærkning'],
    rows: file.contacts.map((contact) => [
      (contact.partnerId && names.get(contact.partnerId)) || '',
      contact.role,
      contact.phone,
      contact.email,
      contact.note,
    ]),
  };
}
