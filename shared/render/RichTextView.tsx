import type { ReactNode } from 'react';
import type { RichTextMark, RichTextNode } from '../playbook/richTextDocSchema.js';
import { safeHref } from '../playbook/safeHref.js';

/** How the rich text sits in its page: heading levels, and whether links open a new tab. */
export interface RichTextPlacement {
  /** Added to each heading level, so the text's headings come below the page's own. */
  headingOffset: number;
  /** The highest heading level the text may use (h1 … h6). */
  topHeading?: number;
  /** Links open in a new tab (inside the app, so its page stays open). */
  newTab?: boolean;
}

/**
 * Rich text (tiptap JSON) as read-only React elements, for the server's reader view and the app's
 * side-by-side view alike. React escapes every text; links keep only http(s), mailto and tel addresses;
 * unknown node types render their children, so nothing typed is lost and nothing unexpected is emitted.
 * Nothing from the document is ever inserted as HTML.
 */
export function RichTextView({ nodes, placement }: { nodes: readonly RichTextNode[]; placement: RichTextPlacement }) {
  return <>{blocks(nodes, placement)}</>;
}

function blocks(nodes: readonly RichTextNode[], placement: RichTextPlacement): ReactNode[] {
  return nodes.map((node, index) => block(node, placement, index));
}

function block(node: RichTextNode, placement: RichTextPlacement, key: number): ReactNode {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inline(children, placement)}</p>;
    case 'heading': {
      const wanted = Number(node.attrs?.level ?? 1) + placement.headingOffset;
      const level = Math.min(6, Math.max(placement.topHeading ?? 1, wanted));
      const Tag = `h${level}` as 'h3';
      return <Tag key={key}>{inline(children, placement)}</Tag>;
    }
    case 'blockquote':
      return <blockquote key={key}>{blocks(children, placement)}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{blocks(children, placement)}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return (
        <ol key={key} start={Number.isInteger(start) ? start : 1}>
          {blocks(children, placement)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{blocks(children, placement)}</li>;
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
      return <p key={key}>{inline([node], placement)}</p>;
    default:
      return <div key={key}>{blocks(children, placement)}</div>;
  }
}

function inline(nodes: readonly RichTextNode[], placement: RichTextPlacement): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    if (node.type !== 'text') return inline(node.content ?? [], placement);
    return <InlineText key={index} text={node.text ?? ''} marks={node.marks ?? []} newTab={placement.newTab} />;
  });
}

function InlineText({ text, marks, newTab }: { text: string; marks: readonly RichTextMark[]; newTab?: boolean }) {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  let result: ReactNode = has('code') ? <code>{text}</code> : text;
  if (has('bold')) result = <strong>{result}</strong>;
  if (has('italic')) result = <em>{result}</em>;
  if (has('underline')) result = <u>{result}</u>;
  if (has('strike')) result = <s>{result}</s>;
  const href = safeHref(marks.find((mark) => mark.type === 'link')?.attrs?.href);
  if (href) {
    result = (
      <a href={href} rel="noopener noreferrer" {...(newTab ? { target: '_blank' } : {})}>
        {result}
      </a>
    );
  }
  return <>{result}</>;
}
