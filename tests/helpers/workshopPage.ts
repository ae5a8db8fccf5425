import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits for a condition; the browser steps (a smooth scroll, a reconnect) take a few seconds on a busy machine. */
export const poll = <T>(read: () => Promise<T> | T, options: { timeout?: number } = {}) =>
  expect.poll(read, { timeout: 10_000, ...options });

/** The section a playbook page's navigation marks as the one in view. */
export const sectionInView = (page: Page) =>
  page.getByTestId('section-nav').locator('a[aria-current="location"]').getAttribute('data-section');
