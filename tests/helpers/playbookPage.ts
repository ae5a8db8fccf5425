import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The editor of one section (its contenteditable). */
export function sectionEditor(page: Page, sectionId: string): Locator {
  return page.getByTestId(`editor-${sectionId}`);
}

/** Waits until the page says "Gemt": connected, synced and nothing local unconfirmed. */
export async function waitUntilSaved(page: Page, timeout = 10_000): Promise<void> {
  await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-kind'), { timeout }).toBe('saved');
}

/** Puts the caret at the end of a section's text (clicking first, so the editor has focus). */
export async function typeAtEndOf(page: Page, sectionId: string, text: string, newParagraph = false): Promise<void> {
  const editor = sectionEditor(page, sectionId);
  // Editors open read-only until the role is known (from the server, or offline from the last visit).
  await expect.poll(() => editor.getAttribute('contenteditable'), { timeout: 10_000 }).toBe('true');
  await editor.click();
  await editor.press('Control+End');
  if (newParagraph) await editor.press('Enter');
  await page.keyboard.type(text);
}

/** The fill state the section navigation shows for a section (empty / started / filled). */
export function navFill(page: Page, sectionId: string): Promise<string | null> {
  return page.getByTestId('section-nav').locator(`a[data-section="${sectionId}"]`).getAttribute('data-fill');
}
