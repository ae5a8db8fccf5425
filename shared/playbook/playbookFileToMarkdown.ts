import { formatDateDa } from './formatDateDa.js';
import { PARTNER_KIND_LABELS_DA } from './PartnerKind.js';
import type { PlaybookFile } from './playbookFileSchema.js';
import { PLAYBOOK_STATUS_LABELS_DA } from './PlaybookStatus.js';
import { richTextToMarkdown } from './richTextToMarkdown.js';
import { SECTIONS } from './sections.js';
import { structuredPartsToMarkdown } from './structuredPartsToMarkdown.js';

export interface MarkdownOptions {
  /**
   * Include the facilitator prompts of sections whose prompts are shown (the facilitator view). The
   * reader view ("Fuld drejebog") leaves them out.
   * @default false
   */
  includePrompts?: boolean;
}

// Metadata is plain text: escape what Markdown would read as formatting or HTML.
const plain = (text: string) => text.replace(/[\\`*_[\]<>~]/g, '\\$&');

/** The whole playbook as one Danish Markdown document: metadata, then every section under its heading. */
export function playbookFileToMarkdown(file: PlaybookFile, options: MarkdownOptions = {}): string {
  const out: string[] = [`# ${plain(file.meta.title)}`, metadata(file)];
  for (const definition of SECTIONS) {
    const section = file.sections.find((candidate) => candidate.id === definition.id);
    out.push(`## ${definition.number}. ${definition.title.da}`);
    if (options.includePrompts && section?.promptsVisible) {
      const prompts = definition.prompts.da.map((prompt) => `> - ${prompt}`);
      out.push(['> **Spørgsmål til drøftelse**', '>', ...prompts].join('\n'));
    }
    // Below the section's level-2 heading, the section's own headings start at level 3.
    if (section) out.push(richTextToMarkdown(section.content, 3));
    out.push(...structuredPartsToMarkdown(file, definition.id));
  }
  return `${out.filter((block) => block.length > 0).join('\n\n')}\n`;
}

function metadata(file: PlaybookFile): string {
  const { meta } = file;
  const rules = meta.ruleBasis;
  const validity = `gælder fra ${formatDateDa(rules.validFrom)}${rules.validTo ? ` til ${formatDateDa(rules.validTo)}` : ''}`;
  const lines = [
    `- **Status:** ${PLAYBOOK_STATUS_LABELS_DA[meta.status]}${meta.version ? `, version ${plain(meta.version)}` : ''}`,
    `- **Regelgrundlag:** ${plain([rules.name, rules.reference].filter(Boolean).join(', '))} (${validity})`,
  ];
  if (meta.partners.length > 0) {
    const names = meta.partners.map(
      (p) =>
        `${plain(p.name)}${p.branch ? `, ${plain(p.branch)}` : ''} (${PARTNER_KIND_LABELS_DA[p.kind].toLowerCase()})`,
    );
    lines.push(`- **Parter:** ${names.join('; ')}`);
  }
  const area = [meta.area, meta.region].filter(Boolean).join(', ');
  if (area) lines.push(`- **Område:** ${plain(area)}`);
  if (meta.organiser) lines.push(`- **Facilitering:** ${plain(meta.organiser)}`);
  if (meta.approvedBy || meta.approvedOn) {
    const on = meta.approvedOn ? ` den ${formatDateDa(meta.approvedOn)}` : '';
    lines.push(`- **Godkendt af:** ${meta.approvedBy ? plain(meta.approvedBy) : 'ikke angivet'}${on}`);
  }
  if (meta.nextReviewOn) lines.push(`- **Næste revision:** ${formatDateDa(meta.nextReviewOn)}`);
  return lines.join('\n');
}
