import type { ReactNode } from 'react';
import type { RichTextMark, RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { safeHref } from './safeHref.js';

/**
 * A section's rich text (tiptap JSON) as HTML elements. React escapes every text; links keep only
 * http(s), mailto and tel addresses. `headingOffset` moves the text's headings below the section heading.
 * Unknown node types render their children, so nothing typed is lost and nothing unexpected is emitted.
 */
export function RichText({ doc, headingOffset }: { doc: RichTextNode; headingOffset: number }) {
  return <>{blocks(doc.content ?? [], headingOffset)}</>;
}

function blocks(nodes: readonly RichTextNode[], offset: number): ReactNode[] {
  return nodes.map((node, index) => block(node, offset, index));
}

function block(node: RichTextNode, offset: number, key: number): ReactNode {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inline(children)}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1) + offset));
      const Tag = `h${level}` as 'h3';
      return <Tag key={key}>{inline(children)}</Tag>;
    }
    case 'blockquote':
      return <blockquote key={key}>{blocks(children, offset)}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{blocks(children, offset)}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return (
        <ol key={key} start={Number.isInteger(start) ? start : 1}>
          {blocks(children, offset)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{blocks(children, offset)}</li>;
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
      return <div key={key}>{blocks(children, offset)}</div>;
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
  const link = marks.find((mark) => mark.type === 'link');
  const href = link ? safeHref(link.attrs?.href) : null;
  if (href) {
    result = (
      <a href={href} rel="noopener noreferrer">
        {result}
      </a>
    );
  }
  return <>{result}</>;
}
