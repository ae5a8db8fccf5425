import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { addMember, owner, personNamed, type TestPerson } from './people.js';

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
 * context, so two of them can only meet through the server. The context is signed in: as the person
 * `name` of `organisation` (default jobcenter; created on first use) when a name is given, else as the
 * server's first administrator (who facilitates every test playbook). Opening a playbook page makes the
 * named person a member first, with `role` (default editor), through a real invitation. `signedIn: false`
 * opens the page without any session.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: {
    name?: string;
    organisation?: 'jobcenter' | 'akasse' | 'anden';
    language?: 'da' | 'en';
    viewport?: { width: number; height: number };
    role?: PlaybookRole;
    signedIn?: boolean;
  } = {},
): Promise<OpenedPage & { person: TestPerson | null }> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 860 } });
  let signedInAs: TestPerson | null = null;
  if (options.signedIn !== false) {
    const { origin, pathname } = new URL(url);
    signedInAs = options.name
      ? await personNamed(origin, options.name, options.organisation ?? 'jobcenter')
      : await owner(origin);
    const playbookId = /^\/p\/([^/]+)/.exec(pathname)?.[1];
    if (playbookId && options.name) await addMember(origin, playbookId, signedInAs, options.role ?? 'editor');
    const [cookieName, cookieValue] = signedInAs.cookie.split('=') as [string, string];
    await context.addCookies([{ name: cookieName, value: cookieValue, url: origin }]);
  }
  if (options.language) {
    await context.addInitScript((lang) => {
      if (!window.localStorage.getItem('drejebog.language')) window.localStorage.setItem('drejebog.language', lang);
    }, options.language);
  }
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
  return { context, page, errors, sockets, person: signedInAs };
}
