import type { RichTextMark, RichTextNode } from './richTextDocSchema.js';
import { safeHref } from './safeHref.js';

/**
 * Renders a section's tiptap JSON as Markdown (CommonMark with GFM strikethrough). The highest heading
 * level the text uses becomes `topLevel` and the others keep their distance to it, so a section's
 * headings sit below the section's own heading whichever levels the authors picked in the editor.
 */
export function richTextToMarkdown(doc: RichTextNode, topLevel = 1): string {
  const levels = (doc.content ?? []).filter((node) => node.type === 'heading').map(headingLevel);
  const offset = levels.length > 0 ? topLevel - Math.min(...levels) : 0;
  return blocks(doc.content ?? [], offset);
}

function headingLevel(node: RichTextNode): number {
  const level = Number(node.attrs?.level ?? 1);
  return Number.isInteger(level) ? level : 1;
}

function blocks(nodes: readonly RichTextNode[], offset: number): string {
  return nodes
    .map((node) => block(node, offset))
    .filter((text) => text.length > 0)
    .join('\n\n');
}

function block(node: RichTextNode, offset: number): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return escapeLineStart(inline(children));
    case 'heading': {
      const level = Math.min(6, Math.max(1, headingLevel(node) + offset));
      return `${'#'.repeat(level)} ${inline(children)}`;
    }
    case 'blockquote':
      return prefixLines(blocks(children, offset), '> ', '> ');
    case 'bulletList':
      return children.map((item) => prefixLines(blocks(item.content ?? [], offset), '- ', '  ')).join('\n');
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return children
        .map((item, index) => {
          const marker = `${start + index}. `;
          return prefixLines(blocks(item.content ?? [], offset), marker, ' '.repeat(marker.length));
        })
        .join('\n');
    }
    case 'codeBlock': {
      const language = typeof node.attrs?.language === 'string' ? node.attrs.language.replace(/[^\w+-]/g, '') : '';
      const code = children.map((child) => child.text ?? '').join('');
      // A fence longer than any backtick run inside, so the code cannot close it and turn into HTML.
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
      return `${fence}${language}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    default:
      return inline(children);
  }
}

function inline(nodes: readonly RichTextNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n';
      if (node.type !== 'text') return '';
      return withMarks(node.text ?? '', node.marks ?? []);
    })
    .join('');
}

function withMarks(text: string, marks: readonly RichTextMark[]): string {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  let result = has('code') ? codeSpan(text) : escapeInline(text);
  if (has('bold')) result = `**${result}**`;
  if (has('italic')) result = `*${result}*`;
  if (has('strike')) result = `~~${result}~~`;
  const link = marks.find((mark) => mark.type === 'link');
  const href = safeHref(link?.attrs?.href);
  if (href) result = `[${result}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
  return result;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

// CommonMark code span: delimiters longer than any run inside, padded when the text touches a backtick.
function codeSpan(text: string): string {
  const ticks = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

// Characters that would otherwise start emphasis, code, links or HTML.
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}

// A paragraph must not turn into a heading, list or quote because of its first characters.
function escapeLineStart(text: string): string {
  if (/^\d+[.)]\s/.test(text)) return text.replace(/^(\d+)([.)])/, '$1\\$2');
  if (/^([#>+=]|-\s|-$)/.test(text)) return `\\${text}`;
  return text;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line.length > 0 ? rest : rest.trimEnd()) + line)
    .join('\n');
}
