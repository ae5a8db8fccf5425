import { agendaTotalMinutes } from './agendaTotalMinutes.js';
import { LEAD_LABELS_DA, type Lead } from './Lead.js';
import { markdownTable } from './markdownTable.js';
import type { PlaybookFile } from './playbookFileSchema.js';
import { ROLE_COLUMN_LABELS_DA, ROLE_COLUMNS, ROLE_LEVEL_LABELS_DA } from './RoleLevel.js';
import type { SectionId } from './sectionIds.js';
import { sectionById } from './sections.js';

// Structured text is plain text: escape what Markdown would read as formatting.
const plain = (text: string) => text.replace(/[\\`*_[\]<>~]/g, '\\$&');
const who = (lead: Lead | null) => (lead ? LEAD_LABELS_DA[lead] : '');

/** Danish Markdown for the structured parts of one section (agenda, roles, checklist, cards, contacts). */
export function structuredPartsToMarkdown(file: PlaybookFile, sectionId: SectionId): string[] {
  const parts = sectionById(sectionId).parts;
  const out: string[] = [];
  if (parts.includes('agenda') && file.agenda.length > 0) out.push(...agenda(file));
  if (parts.includes('roles') && file.roles.length > 0) out.push(roles(file));
  if (parts.includes('checklist')) out.push(...checklist(file, sectionId));
  if (parts.includes('ifThenCards') && file.ifThenCards.length > 0) out.push(cards(file));
  if (parts.includes('contacts') && file.contacts.length > 0) out.push(contactTable(file));
  return out;
}

function agenda(file: PlaybookFile): string[] {
  const rows = file.agenda.map((item, index) => [
    String(index + 1),
    item.title,
    who(item.lead),
    item.minutes === null ? '–' : `${item.minutes} min.`,
    item.mustCover ? 'Ja' : '',
  ]);
  const table = markdownTable(['Nr.', 'Punkt', 'Leder', 'Tid', 'Skal med'], rows);
  const details = file.agenda.map((item, index) => {
    const lines = [`**${index + 1}. ${plain(item.title)}**`];
    if (item.purpose) lines.push('', `Formål: ${plain(item.purpose)}`);
    if (item.keyQuestions.length > 0) lines.push('', ...item.keyQuestions.map((q) => `- ${plain(q)}`));
    return lines.join('\n');
  });
  return [table, totalLine(file), ...details];
}

// Undecided time boxes are said out loud: "0 minutter" would read as a decision.
function totalLine(file: PlaybookFile): string {
  const untimed = file.agenda.filter((item) => item.minutes === null).length;
  if (untimed === file.agenda.length) return '**Samlet tid:** ikke fastlagt endnu';
  const note = untimed === 0 ? '' : ` (${untimed} ${untimed === 1 ? 'punkt' : 'punkter'} uden tid)`;
  return `**Samlet tid:** ${agendaTotalMinutes(file.agenda)} minutter${note}`;
}

function roles(file: PlaybookFile): string {
  const header = ['Opgave', ...ROLE_COLUMNS.map((column) => ROLE_COLUMN_LABELS_DA[column])];
  const rows = file.roles.map((row) => [
    row.task,
    ...ROLE_COLUMNS.map((column) => {
      const level = row[column];
      return level ? ROLE_LEVEL_LABELS_DA[level] : '–';
    }),
  ]);
  return markdownTable(header, rows);
}

function checklist(file: PlaybookFile, sectionId: SectionId): string[] {
  const items = file.checklistItems.filter((item) => item.sectionId === sectionId);
  const groups = [...new Set(items.map((item) => item.group))];
  return groups.map((group) => {
    const lines = items
      .filter((item) => item.group === group)
      .map((item) => `- [ ] ${plain(item.text)}${item.who ? ` *(${who(item.who)})*` : ''}`);
    return (group ? [`**${plain(group)}**`, '', ...lines] : lines).join('\n');
  });
}

function cards(file: PlaybookFile): string {
  return file.ifThenCards
    .map((card) => {
      const notes = [card.who ? `Hvem: ${who(card.who)}` : '', card.ruleNote ? `Regel: ${plain(card.ruleNote)}` : '']
        .filter(Boolean)
        .join('. ');
      const response = card.response ? plain(card.response) : '…';
      return `- **Hvis** ${plain(card.trigger)} **så** ${response}${notes ? ` *(${notes})*` : ''}`;
    })
    .join('\n');
}

function contactTable(file: PlaybookFile): string {
  const names = new Map(file.meta.partners.map((partner) => [partner.id, partner.name]));
  const rows = file.contacts.map((contact) => [
    (contact.partnerId && names.get(contact.partnerId)) || '',
    contact.role,
    contact.phone,
    contact.email,
    contact.note,
  ]);
  return markdownTable(['Part', 'Funktion', 'Telefon', 'E-mail', 'Bemærkning'], rows);
}
