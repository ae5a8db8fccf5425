import type { RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { RichTextView } from '../../shared/render/RichTextView.js';

// Below the page's own headings (h1 page, h2 column); links open a new tab so the comparison stays open.
const IN_COLUMN = { headingOffset: 2, topHeading: 3, newTab: true };

/** One top-level block of a section, read-only, rendered as the reader view renders it. */
export function RichTextBlock({ node }: { node: RichTextNode }) {
  return <RichTextView nodes={[node]} placement={IN_COLUMN} />;
}

/** True when a top-level block holds no text (the empty paragraph of a blank section). */
export function isEmptyBlock(node: RichTextNode): boolean {
  const hasText = (n: RichTextNode): boolean =>
    (n.type === 'text' && (n.text ?? '').trim() !== '') ||
    (n.content ?? []).some(hasText) ||
    n.type === 'horizontalRule';
  return !hasText(node);
}
