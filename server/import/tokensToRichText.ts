import type { Token, Tokens } from 'marked';
import { getPlaybookSchema } from '../../shared/editor/extensions.js';
import type { RichTextMark, RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { safeHref } from '../../shared/playbook/safeHref.js';
import { decodeEntities, inlineText, tokenText } from './inlineText.js';

/** The rich text of an empty section, as the model reads an empty fragment. */
export const EMPTY_RICH_TEXT: RichTextNode = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Markdown block tokens (marked's lexer) as a section's tiptap JSON, in the editor schema's canonical form.
 * `headingShift` is subtracted from Markdown heading depths (the export puts a section's headings at ### and
 * below). Raw HTML becomes literal text, links keep only http(s)/mailto/tel, tables become one paragraph
 * per row (the editor has no tables).
 */
export function tokensToRichText(tokens: readonly Token[], headingShift = 2): RichTextNode {
  const content = blocks(tokens, headingShift);
  if (content.length === 0) return EMPTY_RICH_TEXT;
  // Through the schema: marks sorted, adjacent text joined, every attribute present (as the editor stores it).
  const node = getPlaybookSchema().nodeFromJSON({ type: 'doc', content });
  node.check();
  // reason: ProseMirror's toJSON returns this JSON shape, typed loosely as `any`.
  return node.toJSON() as RichTextNode;
}

function blocks(tokens: readonly Token[], headingShift: number): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(1, token.depth - headingShift));
        out.push(withContent({ type: 'heading', attrs: { level } }, inline(token.tokens ?? [])));
        break;
      }
      case 'paragraph':
        out.push(withContent({ type: 'paragraph' }, inline(token.tokens ?? [])));
        break;
      case 'text':
        // A tight list item's text.
        out.push(withContent({ type: 'paragraph' }, inline(token.tokens ?? [{ ...token, tokens: undefined }])));
        break;
      case 'list':
        out.push(list(token as Tokens.List, headingShift));
        break;
      case 'blockquote': {
        const inner = blocks(token.tokens ?? [], headingShift);
        if (inner.length > 0) out.push({ type: 'blockquote', content: inner });
        break;
      }
      case 'code': {
        const code = token as Tokens.Code;
        out.push(
          withContent(
            { type: 'codeBlock', attrs: { language: code.lang || null } },
            code.text ? [text(code.text)] : [],
          ),
        );
        break;
      }
      case 'hr':
        out.push({ type: 'horizontalRule' });
        break;
      case 'html':
        if (tokenText(token).trim()) out.push(withContent({ type: 'paragraph' }, [text(tokenText(token).trim())]));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const line = row.map((cell) => inlineText(cell.tokens)).join(' | ');
          out.push(withContent({ type: 'paragraph' }, line ? [text(line)] : []));
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function list(token: Tokens.List, headingShift: number): RichTextNode {
  const items = token.items.map((item) => {
    const inner = blocks(item.tokens, headingShift);
    // A list item starts with a paragraph in the editor schema.
    if (inner[0]?.type !== 'paragraph') inner.unshift({ type: 'paragraph' });
    return { type: 'listItem', content: inner };
  });
  const start = typeof token.start === 'number' ? token.start : 1;
  return token.ordered
    ? { type: 'orderedList', attrs: { start }, content: items }
    : { type: 'bulletList', content: items };
}

function withContent(node: RichTextNode, content: RichTextNode[]): RichTextNode {
  return content.length > 0 ? { ...node, content } : node;
}

function text(value: string, marks: RichTextMark[] = []): RichTextNode {
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

function inline(tokens: readonly Token[], marks: RichTextMark[] = []): RichTextNode[] {
  const out: RichTextNode[] = [];
  const push = (value: string, with_: RichTextMark[] = marks) => {
    if (value) out.push(text(value, with_));
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if ('tokens' in token && token.tokens) out.push(...inline(token.tokens, marks));
        else push(decodeEntities(tokenText(token)));
        break;
      case 'escape':
      case 'html':
        push(tokenText(token));
        break;
      case 'image':
        push(tokenText(token));
        break;
      case 'codespan':
        // Code excludes every other mark in the editor schema.
        push(tokenText(token), [{ type: 'code' }]);
        break;
      case 'br':
        out.push({ type: 'hardBreak' });
        break;
      case 'strong':
        out.push(...inline(token.tokens ?? [], [...marks, { type: 'bold' }]));
        break;
      case 'em':
        out.push(...inline(token.tokens ?? [], [...marks, { type: 'italic' }]));
        break;
      case 'del':
        out.push(...inline(token.tokens ?? [], [...marks, { type: 'strike' }]));
        break;
      case 'link': {
        const href = safeHref(token.href);
        const linkMarks = href ? [...marks, { type: 'link', attrs: { href } }] : marks;
        out.push(...inline(token.tokens ?? [], linkMarks));
        break;
      }
      default:
        break;
    }
  }
  return out;
}
