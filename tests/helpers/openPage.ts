import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far: a clean page has none. */
  errors: string[];
  /** URL of every websocket the page opened, from the first one on. */
  sockets: string[];
}

/** A fresh playbook id for one test, so tests never share a document. */
export function uniquePlaybookId(prefix = 'test'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

/**
 * Opens `url` in its own browser context: no shared storage, cookies or BroadcastChannel with any other
 * context, so two of them can only meet through the server. `name`, `organisation` (default jobcenter) and
 * `color` are stored as the local user's identity before the app starts, so the page does not ask
 * "Hvem er du?"; the app keeps the colour only when it belongs to the organisation's hue family.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: {
    name?: string;
    color?: string;
    organisation?: 'jobcenter' | 'akasse' | 'anden';
    language?: 'da' | 'en';
    viewport?: { width: number; height: number };
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 860 } });
  const { name, color, language, organisation } = options;
  await context.addInitScript(
    ([userName, userColor, lang, userOrganisation]) => {
      if (userName && !window.localStorage.getItem('drejebog.user')) {
        window.localStorage.setItem(
          'drejebog.user',
          JSON.stringify({ name: userName, color: userColor, organisation: userOrganisation }),
        );
      }
      if (lang && !window.localStorage.getItem('drejebog.language')) {
        window.localStorage.setItem('drejebog.language', lang);
      }
    },
    [name ?? null, color ?? '#1d4ed8', language ?? null, organisation ?? 'jobcenter'] as const,
  );
  // A locator that never matches fails the test after this long instead of hanging until the test timeout.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto(url);
  return { context, page, errors, sockets };
}
