import type { RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { safeHref } from '../../shared/playbook/safeHref.js';

/** A piece of text with its formatting; `href` only for http(s), mailto and tel links. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  code?: boolean;
  href?: string;
  /** A line break inside the paragraph comes before this run. */
  breakBefore?: boolean;
}

/** One printable block of a section's rich text; lists are flattened to items with a depth. */
export type TextBlock =
  | { kind: 'heading'; level: number; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[]; quote: boolean }
  | { kind: 'listItem'; marker: string; depth: number; runs: TextRun[]; quote: boolean }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

/**
 * A section's tiptap JSON as flat, text-only blocks for the Word and PDF exports. Headings are numbered from
 * 1 for the section's highest level (the section title sits above them); nothing in the result is markup.
 */
export function richTextBlocks(doc: RichTextNode): TextBlock[] {
  const nodes = doc.content ?? [];
  const levels = nodes.filter((node) => node.type === 'heading').map((node) => Number(node.attrs?.level ?? 1));
  const offset = levels.length > 0 ? 1 - Math.min(...levels) : 0;
  const out: TextBlock[] = [];
  walk(nodes, { depth: 0, quote: false, offset }, out);
  return out;
}

interface Context {
  depth: number;
  quote: boolean;
  offset: number;
}

function walk(nodes: readonly RichTextNode[], context: Context, out: TextBlock[], marker?: string): void {
  let first = true;
  for (const node of nodes) {
    const children = node.content ?? [];
    // The first paragraph of a list item carries its marker; later ones are indented continuations.
    const itemMarker = first ? marker : undefined;
    first = false;
    switch (node.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1) + context.offset));
        out.push({ kind: 'heading', level, runs: runs(children) });
        break;
      }
      case 'paragraph':
        if (itemMarker !== undefined || context.depth > 0) {
          out.push({
            kind: 'listItem',
            marker: itemMarker ?? '',
            depth: context.depth,
            runs: runs(children),
            quote: context.quote,
          });
        } else {
          out.push({ kind: 'paragraph', runs: runs(children), quote: context.quote });
        }
        break;
      case 'blockquote':
        walk(children, { ...context, quote: true }, out);
        break;
      case 'bulletList':
      case 'orderedList': {
        const start = Number(node.attrs?.start ?? 1);
        children.forEach((item, index) => {
          const bullet = node.type === 'bulletList' ? '•' : `${start + index}.`;
          walk(item.content ?? [], { ...context, depth: context.depth + 1 }, out, bullet);
        });
        break;
      }
      case 'codeBlock':
        out.push({ kind: 'code', text: children.map((child) => child.text ?? '').join('') });
        break;
      case 'horizontalRule':
        out.push({ kind: 'rule' });
        break;
      default:
        if (children.length > 0) out.push({ kind: 'paragraph', runs: runs(children), quote: context.quote });
    }
  }
}

function runs(nodes: readonly RichTextNode[]): TextRun[] {
  const out: TextRun[] = [];
  let breakBefore = false;
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      breakBefore = true;
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks = node.marks ?? [];
    const has = (type: string) => marks.some((mark) => mark.type === type);
    const href = safeHref(marks.find((mark) => mark.type === 'link')?.attrs?.href);
    out.push({
      text: node.text,
      ...(has('bold') && { bold: true }),
      ...(has('italic') && { italic: true }),
      ...(has('strike') && { strike: true }),
      ...(has('underline') && { underline: true }),
      ...(has('code') && { code: true }),
      ...(href && { href }),
      ...(breakBefore && { breakBefore: true }),
    });
    breakBefore = false;
  }
  return out;
}
