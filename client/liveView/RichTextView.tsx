import type { ReactNode } from 'react';
import type { RichTextMark, RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { safeHref } from '../../shared/playbook/safeHref.js';

/**
 * A section's rich text (tiptap JSON) as read-only elements, the way the server's reader view renders it:
 * React escapes every text, links keep only http(s), mailto and tel addresses, unknown nodes render their
 * children. Nothing from the document is ever inserted as HTML.
 */
export function RichTextBlock({ node }: { node: RichTextNode }) {
  return <>{block(node, 0)}</>;
}

function blocks(nodes: readonly RichTextNode[]): ReactNode[] {
  return nodes.map((node, index) => block(node, index));
}

function block(node: RichTextNode, key: number): ReactNode {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inline(children)}</p>;
    case 'heading': {
      // Below the page's own headings (h1 page, h2 column).
      const level = Math.min(6, Math.max(3, Number(node.attrs?.level ?? 1) + 2));
      const Tag = `h${level}` as 'h3';
      return <Tag key={key}>{inline(children)}</Tag>;
    }
    case 'blockquote':
      return <blockquote key={key}>{blocks(children)}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{blocks(children)}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return (
        <ol key={key} start={Number.isInteger(start) ? start : 1}>
          {blocks(children)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{blocks(children)}</li>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children.map((child) => child.text ?? '').join('')}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    case 'text':
    case 'hardBreak':
      return <p key={key}>{inline([node])}</p>;
    default:
      return <div key={key}>{blocks(children)}</div>;
  }
}

function inline(nodes: readonly RichTextNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    if (node.type !== 'text') return inline(node.content ?? []);
    return <InlineText key={index} text={node.text ?? ''} marks={node.marks ?? []} />;
  });
}

function InlineText({ text, marks }: { text: string; marks: readonly RichTextMark[] }) {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  let result: ReactNode = has('code') ? <code>{text}</code> : text;
  if (has('bold')) result = <strong>{result}</strong>;
  if (has('italic')) result = <em>{result}</em>;
  if (has('underline')) result = <u>{result}</u>;
  if (has('strike')) result = <s>{result}</s>;
  const href = safeHref(marks.find((mark) => mark.type === 'link')?.attrs?.href);
  if (href) {
    result = (
      <a href={href} rel="noopener noreferrer" target="_blank">
        {result}
      </a>
    );
  }
  return <>{result}</>;
}

/** True when a top-level block holds no text (the empty paragraph of a blank section). */
export function isEmptyBlock(node: RichTextNode): boolean {
  const hasText = (n: RichTextNode): boolean =>
    (n.type === 'text' && (n.text ?? '').trim() !== '') ||
    (n.content ?? []).some(hasText) ||
    n.type === 'horizontalRule';
  return !hasText(node);
}
