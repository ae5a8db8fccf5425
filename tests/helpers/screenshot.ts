import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Where browser tests leave screenshots for a human to look at (gitignored). */
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../test-artifacts');

/**
 * Saves a screenshot as test-artifacts/<name>.png and returns its path: the full page, or with
 * `fullPage: false` just the viewport (what a person sees; long pages are unreadable as one image).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
