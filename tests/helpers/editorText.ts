import type { Page } from 'playwright-core';

/** The text of the notes editor as its author wrote it: other people's caret labels left out. */
export function editorText(page: Page): Promise<string> {
  return page.locator('.notes-editor__content').evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return Array.from(copy.children, (block) => (block.textContent ?? '').trim()).join('\n');
  });
}
