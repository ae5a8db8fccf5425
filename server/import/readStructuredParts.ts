import type { Token, Tokens } from 'marked';
import { newItemId } from '../../shared/playbook/newItemId.js';
import type {
  AgendaItem,
  ChecklistItem,
  Contact,
  IfThenCard,
  Partner,
  RoleRow,
} from '../../shared/playbook/playbookFileSchema.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { sectionById } from '../../shared/playbook/sections.js';
import { inlineText } from './inlineText.js';
import { leadOf, roleLevelOf } from './labelCodes.js';

/** What the structured parts of one section read back from Markdown, and the tokens left for its rich text. */
export interface StructuredParts {
  agenda: AgendaItem[];
  roles: RoleRow[];
  checklistItems: ChecklistItem[];
  ifThenCards: IfThenCard[];
  contacts: Contact[];
  rest: Token[];
}

const normalise = (text: string) => text.trim().toLowerCase();
const headerIs = (table: Tokens.Table, first: string) => normalise(inlineText(table.header[0]?.tokens)) === first;
const cells = (row: Tokens.TableCell[]) => row.map((cell) => inlineText(cell.tokens).trim());

/**
 * Reads the structured parts of section `sectionId` from its Markdown tokens, in the shape the Markdown
 * export writes them (shared/playbook/structuredPartsToMarkdown.ts): the agenda table with the purpose and
 * key questions under it, the roles table, "- [ ]" checklist items under an optional bold group line,
 * "**Hvis** … **så** …" cards and the contacts table. Everything else is left for the section's rich text.
 */
export function readStructuredParts(
  sectionId: SectionId,
  tokens: readonly Token[],
  partners: Partner[],
): StructuredParts {
  const parts = sectionById(sectionId).parts;
  const out: StructuredParts = { agenda: [], roles: [], checklistItems: [], ifThenCards: [], contacts: [], rest: [] };
  let afterAgendaTable = false;
  const detail: AgendaDetail = { target: null };
  let group: { name: string; token: Token } | null = null;
  for (const token of tokens) {
    if (token.type === 'space') continue;
    const pendingGroup = group;
    group = null;
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      if (parts.includes('agenda') && headerIs(table, 'nr.')) {
        out.agenda.push(...table.rows.map(agendaItem));
        afterAgendaTable = true;
        continue;
      }
      if (parts.includes('roles') && headerIs(table, 'opgave')) {
        out.roles.push(...table.rows.map(roleRow));
        continue;
      }
      if (parts.includes('contacts') && headerIs(table, 'part')) {
        out.contacts.push(...table.rows.map((row) => contact(row, partners)));
        continue;
      }
    }
    if (afterAgendaTable && readAgendaDetail(token, out.agenda, detail)) continue;
    if (token.type === 'list') {
      const list = token as Tokens.List;
      const kept: Tokens.ListItem[] = [];
      for (const item of list.items) {
        const inlineTokens = itemInline(item);
        if (parts.includes('checklist') && item.task) {
          out.checklistItems.push(checklistItem(sectionId, pendingGroup?.name ?? '', inlineTokens));
        } else if (parts.includes('ifThenCards') && isCard(inlineTokens)) {
          out.ifThenCards.push(card(inlineTokens));
        } else {
          kept.push(item);
        }
      }
      // A bold line that turned out not to head a checklist stays text.
      if (pendingGroup && kept.length === list.items.length) out.rest.push(pendingGroup.token);
      if (kept.length > 0) out.rest.push({ ...list, items: kept });
      continue;
    }
    if (pendingGroup) out.rest.push(pendingGroup.token);
    if (parts.includes('checklist') && token.type === 'paragraph') {
      const only = onlyStrong(token.tokens ?? []);
      if (only !== null) {
        group = { name: only, token };
        continue;
      }
    }
    out.rest.push(token);
  }
  if (group) out.rest.push(group.token);
  return out;
}

function agendaItem(row: Tokens.TableCell[]): AgendaItem {
  const [, title = '', lead = '', time = '', mustCover = ''] = cells(row);
  const minutes = /\d+/.exec(time);
  return {
    id: newItemId(),
    title,
    purpose: '',
    lead: leadOf(lead) ?? 'faelles',
    minutes: minutes ? Math.min(240, Number(minutes[0])) : null,
    mustCover: normalise(mustCover) === 'ja',
    keyQuestions: [],
  };
}

/** The agenda item whose purpose and key questions follow. */
interface AgendaDetail {
  target: AgendaItem | null;
}

// The text under the agenda table: "Samlet tid", then per item "**N. titel**", "Formål: …" and questions.
function readAgendaDetail(token: Token, agenda: AgendaItem[], detail: AgendaDetail): boolean {
  if (token.type === 'paragraph') {
    const text = inlineText(token.tokens);
    if (/^samlet tid:/i.test(text.trim())) return true;
    const only = onlyStrong(token.tokens ?? []);
    const numbered = only === null ? null : /^(\d+)\.\s/.exec(only);
    if (numbered) {
      detail.target = agenda[Number(numbered[1]) - 1] ?? null;
      return detail.target !== null;
    }
    const purpose = /^formål:\s*([\s\S]*)$/i.exec(text.trim());
    if (purpose && detail.target) {
      detail.target.purpose = purpose[1] ?? '';
      return true;
    }
  }
  if (token.type === 'list' && detail.target && !(token as Tokens.List).items.some((item) => item.task)) {
    detail.target.keyQuestions.push(...(token as Tokens.List).items.map((item) => inlineText(itemInline(item)).trim()));
    detail.target = null;
    return true;
  }
  detail.target = null;
  return false;
}

function roleRow(row: Tokens.TableCell[]): RoleRow {
  const [task = '', jobcenter = '', akasse = '', borger = ''] = cells(row);
  return {
    id: newItemId(),
    task,
    jobcenter: roleLevelOf(jobcenter),
    akasse: roleLevelOf(akasse),
    borger: roleLevelOf(borger),
  };
}

function contact(row: Tokens.TableCell[], partners: Partner[]): Contact {
  const [part = '', role = '', phone = '', email = '', note = ''] = cells(row);
  const partner = partners.find((candidate) => normalise(candidate.name) === normalise(part));
  // A party that is not among the partners is kept in the note rather than lost.
  const kept = partner || !part ? note : [`Part: ${part}`, note].filter(Boolean).join('. ');
  return { id: newItemId(), partnerId: partner?.id ?? null, role, phone, email, note: kept };
}

function itemInline(item: Tokens.ListItem): Token[] {
  // A task item's checkbox may come before its text.
  const first = item.tokens.find((token) => token.type !== 'checkbox');
  return first && (first.type === 'text' || first.type === 'paragraph') ? (first.tokens ?? []) : [];
}

/** Splits a trailing "*(…)*" note off inline tokens. */
function trailingNote(tokens: readonly Token[]): { body: Token[]; note: string } {
  const body = tokens.filter((token) => token.type !== 'checkbox');
  const last = body.at(-1);
  if (last?.type === 'em') {
    const note = /^\((.*)\)$/s.exec(inlineText(last.tokens).trim());
    if (note) return { body: body.slice(0, -1), note: note[1] ?? '' };
  }
  return { body, note: '' };
}

function checklistItem(sectionId: SectionId, group: string, tokens: readonly Token[]): ChecklistItem {
  const { body, note } = trailingNote(tokens);
  const who = note ? leadOf(note) : null;
  const text = inlineText(who ? body : tokens.filter((token) => token.type !== 'checkbox')).trim();
  return { id: newItemId(), sectionId, group, text, who };
}

function isCard(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first?.type === 'strong' && normalise(inlineText(first.tokens)) === 'hvis';
}

function card(tokens: readonly Token[]): IfThenCard {
  const { body, note } = trailingNote(tokens.slice(1));
  const split = body.findIndex((token) => token.type === 'strong' && normalise(inlineText(token.tokens)) === 'så');
  const trigger = inlineText(split < 0 ? body : body.slice(0, split)).trim();
  const response = split < 0 ? '' : inlineText(body.slice(split + 1)).trim();
  let who: IfThenCard['who'] = null;
  let ruleNote = '';
  for (const part of note.split(/\.\s+(?=Hvem:|Regel:)/)) {
    const [label, ...value] = part.split(':');
    if (normalise(label ?? '') === 'hvem') who = leadOf(value.join(':'));
    if (normalise(label ?? '') === 'regel') ruleNote = value.join(':').trim();
  }
  return { id: newItemId(), trigger, response: response === '…' ? '' : response, who, ruleNote };
}

/** The text of a paragraph that is one bold span and nothing else, or null. */
function onlyStrong(tokens: readonly Token[]): string | null {
  const [only, ...others] = tokens;
  return only?.type === 'strong' && others.length === 0 ? inlineText(only.tokens).trim() : null;
}
