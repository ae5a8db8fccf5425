import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { richTextBlocks, type TextRun as Run } from './richTextBlocks.js';

// Section titles are Heading 1; a section's own headings start at Heading 2.
const HEADINGS = [
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const INDENT_TWIPS = 360;

/** A section's rich text as Word paragraphs: headings, paragraphs, lists, quotes and code, text only. */
export function richTextToDocx(doc: RichTextNode): Paragraph[] {
  return richTextBlocks(doc).map((block) => {
    switch (block.kind) {
      case 'heading':
        return new Paragraph({
          heading: HEADINGS[Math.min(block.level, HEADINGS.length) - 1],
          children: runs(block.runs),
        });
      case 'paragraph':
        return new Paragraph({ children: runs(block.runs), ...(block.quote && { indent: { left: INDENT_TWIPS } }) });
      case 'listItem': {
        const indent = { left: INDENT_TWIPS * (block.depth + (block.quote ? 1 : 0)), hanging: block.marker ? 280 : 0 };
        const marker = block.marker ? [new TextRun(`${block.marker}\t`)] : [];
        return new Paragraph({ indent, children: [...marker, ...runs(block.runs)] });
      }
      case 'code':
        return new Paragraph({
          children: block.text
            .split('\n')
            .map((line, index) => new TextRun({ text: line, font: 'Consolas', break: index > 0 ? 1 : 0 })),
        });
      case 'rule':
        return new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } } });
    }
  });
}

/** Text runs; a link survives only as an http(s), mailto or tel hyperlink (see richTextBlocks). */
export function runs(list: readonly Run[]): ParagraphChild[] {
  return list.map((run) => {
    const text = new TextRun({
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      strike: run.strike,
      ...(run.underline || run.href ? { underline: {} } : {}),
      ...(run.code && { font: 'Consolas' }),
      ...(run.href && { color: '1F4E8C' }),
      break: run.breakBefore ? 1 : 0,
    });
    return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
  });
}
