import { Lexer, type Token, type Tokens } from 'marked';
import type { PlaybookFile, RuleBasis } from '../../shared/playbook/playbookFileSchema.js';
import { SCHEMA_VERSION } from '../../shared/playbook/schemaVersion.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { SECTIONS } from '../../shared/playbook/sections.js';
import { inlineText } from './inlineText.js';
import { readMetadata, type ImportedMetadata } from './readMetadata.js';
import { readStructuredParts } from './readStructuredParts.js';
import { EMPTY_RICH_TEXT, tokensToRichText } from './tokensToRichText.js';

/** An imported playbook (not yet checked: parse it with `playbookFileSchema`) and what could not be placed. */
export interface ImportedPlaybook {
  file: PlaybookFile;
  /** The document's own title (its first "# " heading), or null. */
  title: string | null;
  /** Level-2 headings that name no section; their text was kept in the section before them. */
  unknownHeadings: string[];
}

// Letters and digits only: "## 9. Særlige situationer – "hvis … så"" matches whatever dashes or quotes.
const key = (text: string) =>
  text
    .replace(/^\s*\d+\.\s*/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
const SECTION_BY_TITLE = new Map<string, SectionId>(
  SECTIONS.flatMap((section) => [
    [key(section.title.da), section.id],
    [key(section.title.en), section.id],
  ]),
);

/**
 * Reads Markdown (as the Markdown export writes it, or written by hand) into a playbook file:
 * - the first "# " heading is the title; the metadata list under it gives version, area, facilitation,
 *   next review, rule basis and partners (status is always Kladde, approval is never imported);
 * - each "## " heading that names a section (Danish or English title, any case, with or without its number)
 *   starts that section; "### " and deeper become the section's own headings (### → level 1);
 * - an unknown "## " heading and its text stay in the section before it, as a heading of its own; text before
 *   the first section goes to the cover section (0);
 * - structured parts are read back where the export wrote them (see readStructuredParts); the rest is rich text.
 * `fallbackRuleBasis` is used when the Markdown names no readable rule basis.
 */
export function markdownToPlaybookFile(markdown: string, fallbackRuleBasis: RuleBasis): ImportedPlaybook {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  let title: string | null = null;
  let current: SectionId = 'cover';
  const bySection = new Map<SectionId, Token[]>(SECTIONS.map((section) => [section.id, []]));
  const unknownHeadings: string[] = [];
  let metadataToken: Token | null = null;
  let seenSection = false;
  for (const token of tokens) {
    if (token.type === 'heading' && token.depth <= 2) {
      const text = inlineText(token.tokens).trim();
      if (token.depth === 1 && title === null && !seenSection) {
        title = text;
        continue;
      }
      const id = SECTION_BY_TITLE.get(key(text));
      if (id) {
        current = id;
        seenSection = true;
        continue;
      }
      unknownHeadings.push(text);
      // Kept as the top heading level inside the section it follows.
      bySection.get(current)!.push({ ...token, depth: 3 });
      continue;
    }
    if (!seenSection && metadataToken === null && token.type === 'list') {
      metadataToken = token;
      continue;
    }
    bySection.get(current)!.push(token);
  }

  const contactNames = contactPartNames(bySection.get('practicalities') ?? []);
  const metadata: ImportedMetadata | null = metadataToken ? readMetadata(metadataToken, contactNames) : null;
  // A list before the first section that is not the metadata list is ordinary text of the cover.
  if (metadataToken && !metadata) bySection.get('cover')!.unshift(metadataToken);
  const partners = metadata?.partners ?? [];

  const file: PlaybookFile = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: title ?? '',
      status: 'kladde',
      version: metadata?.version ?? '',
      area: metadata?.area ?? '',
      region: '',
      organiser: metadata?.organiser ?? '',
      approvedBy: '',
      approvedOn: null,
      nextReviewOn: metadata?.nextReviewOn ?? null,
      ruleBasis: metadata?.ruleBasis ?? fallbackRuleBasis,
      partners,
    },
    sections: [],
    agenda: [],
    roles: [],
    checklistItems: [],
    ifThenCards: [],
    contacts: [],
  };
  for (const section of SECTIONS) {
    const parts = readStructuredParts(section.id, bySection.get(section.id) ?? [], partners);
    const content = tokensToRichText(parts.rest);
    // Sections with nothing written show their facilitator prompts, as in a new playbook.
    file.sections.push({ id: section.id, promptsVisible: content === EMPTY_RICH_TEXT, content });
    file.agenda.push(...parts.agenda);
    file.roles.push(...parts.roles);
    file.checklistItems.push(...parts.checklistItems);
    file.ifThenCards.push(...parts.ifThenCards);
    file.contacts.push(...parts.contacts);
  }
  return { file, title, unknownHeadings };
}

/** The partner names in the contacts table ("Part" column), to split "name, branch" in the metadata. */
function contactPartNames(tokens: readonly Token[]): string[] {
  const names: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'table') continue;
    const table = token as Tokens.Table;
    if (inlineText(table.header[0]?.tokens).trim().toLowerCase() !== 'part') continue;
    for (const row of table.rows) {
      const name = inlineText(row[0]?.tokens).trim();
      if (name) names.push(name);
    }
  }
  // Longest first: "Klippeø Kommune, Job og Ydelse" before "Klippeø Kommune".
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}
