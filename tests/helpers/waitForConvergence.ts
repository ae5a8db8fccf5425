import { expect, vi } from 'vitest';
import type * as Y from 'yjs';
import { docContent, type DocContent } from './docContent.js';

/**
 * Waits until every doc holds the same text and map, then returns that content. Fails with the last
 * mismatch (a readable diff) when they do not agree within `timeoutMs`.
 */
export async function waitForConvergence(docs: Y.Doc[], timeoutMs = 10_000): Promise<DocContent> {
  return vi.waitFor(
    () => {
      const [first, ...rest] = docs.map(docContent);
      for (const content of rest) expect(content).toEqual(first);
      return first!;
    },
    { timeout: timeoutMs, interval: 20 },
  );
}
