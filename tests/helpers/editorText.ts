import type { Page } from 'playwright-core';

/**
 * The text of one section's editor as its authors wrote it, one line per block, other people's caret
 * labels left out.
 */
export function editorText(page: Page, sectionId: string): Promise<string> {
  return page.getByTestId(`editor-${sectionId}`).evaluate(
    (element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
      return Array.from(copy.children, (block) => (block.textContent ?? '').trim()).join('\n');
    },
    undefined,
    // Short, so `expect.poll` gets an answer (and tries again) while the sections are still loading.
    { timeout: 2_000 },
  );
}
