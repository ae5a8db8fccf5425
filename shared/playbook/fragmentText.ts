import * as Y from 'yjs';

/** The plain text of a section's rich text (a Y.XmlFragment), blocks separated by newlines. */
export function fragmentText(fragment: Y.XmlFragment): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as Array<{ insert?: unknown }>) {
        if (typeof op.insert === 'string') parts.push(op.insert);
      }
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      for (const child of node.toArray()) walk(child);
      if (node instanceof Y.XmlElement) parts.push('\n');
    }
  };
  walk(fragment);
  return parts.join('');
}

/** Number of words in `text` (runs of letters or digits, so "a-kasse" and "CV'et" count once each). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
