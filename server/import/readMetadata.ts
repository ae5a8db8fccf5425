import type { Token, Tokens } from 'marked';
import { parseDateDa } from '../../shared/playbook/formatDateDa.js';
import { newItemId } from '../../shared/playbook/newItemId.js';
import type { Partner, RuleBasis } from '../../shared/playbook/playbookFileSchema.js';
import { inlineText } from './inlineText.js';
import { partnerKindOf } from './labelCodes.js';

/** What the metadata list under the title gives back; approval and status are not imported (drafts only). */
export interface ImportedMetadata {
  version: string;
  area: string;
  organiser: string;
  nextReviewOn: string | null;
  ruleBasis: RuleBasis | null;
  partners: Partner[];
}

/**
 * Reads the export's metadata list ("- **Status:** …", "- **Regelgrundlag:** …", "- **Parter:** …") from
 * a list token, or null when the list is not one (some item does not start with a bold "Label:").
 * `partnerNames` (from the contacts table) tells where a partner's name ends and its branch begins.
 */
export function readMetadata(token: Token, partnerNames: readonly string[]): ImportedMetadata | null {
  if (token.type !== 'list') return null;
  const fields = new Map<string, string>();
  for (const item of (token as Tokens.List).items) {
    const inline = item.tokens[0] && 'tokens' in item.tokens[0] ? (item.tokens[0].tokens ?? []) : [];
    const [label, ...rest] = inline;
    if (label?.type !== 'strong') return null;
    const name = /^(.+):$/.exec(inlineText(label.tokens).trim())?.[1];
    if (!name) return null;
    fields.set(name.toLowerCase(), inlineText(rest).trim());
  }
  if (!fields.has('status') && !fields.has('regelgrundlag')) return null;
  return {
    version:
      /version\s+(.+)$/i
        .exec(fields.get('status') ?? '')?.[1]
        ?.trim()
        .slice(0, 20) ?? '',
    area: fields.get('område') ?? '',
    organiser: fields.get('facilitering') ?? '',
    nextReviewOn: parseDateDa(fields.get('næste revision') ?? ''),
    ruleBasis: ruleBasis(fields.get('regelgrundlag') ?? ''),
    partners: partners(fields.get('parter') ?? '', partnerNames),
  };
}

/** "Navn, reference (gælder fra 1. juli 2026 til …)": name and reference split at the last comma. */
function ruleBasis(text: string): RuleBasis | null {
  const match = /^(.*)\(gælder fra ([^)]*?)(?: til ([^)]*))?\)\s*$/i.exec(text);
  const validFrom = match ? parseDateDa(match[2] ?? '') : null;
  if (!match || !validFrom) return null;
  const names = (match[1] ?? '').trim();
  const comma = names.lastIndexOf(', ');
  return {
    name: comma < 0 ? names : names.slice(0, comma),
    reference: comma < 0 ? '' : names.slice(comma + 2),
    validFrom,
    validTo: match[3] ? parseDateDa(match[3]) : null,
  };
}

/** "Navn, afdeling (kind); …" */
function partners(text: string, partnerNames: readonly string[]): Partner[] {
  if (!text) return [];
  return text.split('; ').map((entry) => {
    const match = /^(.*?)\s*\(([^()]*)\)$/.exec(entry.trim());
    const whole = match ? (match[1] ?? '') : entry.trim();
    const kind = (match && partnerKindOf(match[2] ?? '')) || 'andet';
    // The contacts table names partners: a known name tells where the branch starts.
    const known = partnerNames.find((name) => whole === name || whole.startsWith(`${name}, `));
    const comma = whole.indexOf(', ');
    const name = known ?? (comma < 0 ? whole : whole.slice(0, comma));
    const branch = whole.slice(name.length).replace(/^, /, '');
    return { id: newItemId(), kind, name, branch };
  });
}
