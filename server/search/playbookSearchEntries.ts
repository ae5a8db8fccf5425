import type * as Y from 'yjs';
import { richTextToMarkdown } from '../../shared/playbook/richTextToMarkdown.js';
import { SECTIONS } from '../../shared/playbook/sections.js';
import { structuredPartsToMarkdown } from '../../shared/playbook/structuredPartsToMarkdown.js';
import { yDocToPlaybookFile } from '../../shared/playbook/yDocToPlaybookFile.js';

/** One searchable piece of a playbook: its title (sectionId null) or one section. */
export interface SearchEntry {
  sectionId: string | null;
  heading: string;
  body: string;
}

/**
 * Markdown to the words a reader sees: markup, escapes, table rules and link targets go, so a search neither
 * matches `**` nor shows it in a snippet.
 */
export function searchableText(markdown: string): string {
  // Escaped characters are text the author wrote ("<script>", "5 * 3"): set aside before markup is removed.
  const escaped: string[] = [];
  const kept = markdown.replace(/\\([\\`*_[\]<>~|#-])/g, (_match, char: string) => {
    escaped.push(char);
    return `\uE000${escaped.length - 1}\uE001`;
  });
  return kept
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
    .replace(/^\s*>+\s?/gm, '')
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-+*]|\d+\.)\s+/gm, '')
    .replace(/[*_`|~]+/g, ' ')
    .replace(/\uE000(\d+)\uE001/g, (_match, index: string) => escaped[Number(index)] ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * What search indexes of a playbook: the title, and each section's text with its structured parts (agenda,
 * roles, checklists, cards, contacts). Facilitator prompts are not part of any playbook's content and are
 * not indexed.
 */
export function playbookSearchEntries(doc: Y.Doc): SearchEntry[] {
  const file = yDocToPlaybookFile(doc);
  const entries: SearchEntry[] = [{ sectionId: null, heading: file.meta.title, body: '' }];
  for (const definition of SECTIONS) {
    const section = file.sections.find((candidate) => candidate.id === definition.id);
    const parts = [
      section ? richTextToMarkdown(section.content, 3) : '',
      ...structuredPartsToMarkdown(file, definition.id),
    ];
    const body = searchableText(parts.join('\n\n'));
    if (body !== '') entries.push({ sectionId: definition.id, heading: definition.title.da, body });
  }
  return entries;
}
