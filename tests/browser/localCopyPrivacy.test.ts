import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { editorText } from '../helpers/editorText.js';
import { openPage } from '../helpers/openPage.js';
import { personNamed } from '../helpers/people.js';
import { typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

const localDatabases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ''));

async function chooseFromAccountMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
}

test('signing out deletes the copy in this browser, and the next account on it sees none of it', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Privat kopi', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  // Not the server's first administrator: signing out ends the session, and the helpers use that one's.
  const { page, context } = await openPage(browser, url, { name: 'Anne Facilitator', role: 'facilitator' });
  await waitUntilSaved(page);
  const secret = 'Annes note om borgeren på delt pc.';
  await typeAtEndOf(page, 'agenda', secret);
  await waitUntilSaved(page);
  await expect.poll(() => localDatabases(page)).toContain(`drejebog:${id}`);

  // Everything is saved on the server, so signing out does not ask: it deletes the copy.
  await chooseFromAccountMenu(page, 'Log ud');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Log ind');
  await expect.poll(() => localDatabases(page)).not.toContain(`drejebog:${id}`);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), `drejebog.localCopy:${id}`)).toBeNull();

  // Someone else signs in on the same browser and opens the address: the server refuses, and nothing of
  // Anne's is shown.
  const bent = await personNamed(server.httpUrl, 'Bent Uden Adgang', 'akasse');
  const [name, value] = bent.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.httpUrl }]);
  await page.goto(url);
  const notice = page.getByTestId('stopped-notice');
  await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
  expect(await notice.innerText()).toMatch(/ingen drejebog|ikke adgang/);
  expect(await page.locator('body').innerText()).not.toContain('Annes note');
  expect(await page.getByTestId('editor-agenda').count()).toBe(0);
  await screenshot(page, 'local-copy-other-account-refused', { fullPage: false });
  expect(await localDatabases(page)).not.toContain(`drejebog:${id}`);
  await context.close();
});

test('signing out with changes the server has not confirmed asks first', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Ikke gemt endnu', templateId: 'standard' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}`, {
    name: 'Anna Offline',
    role: 'facilitator',
  });
  await waitUntilSaved(page);
  await context.setOffline(true);
  await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-kind')).toBe('offline');
  await typeAtEndOf(page, 'goals', 'Skrevet uden net.');
  await expect
    .poll(() => page.evaluate((key) => window.localStorage.getItem(key), `drejebog.localCopy:${id}`))
    .toContain('"unsaved":true');

  await chooseFromAccountMenu(page, 'Log ud');
  const dialog = page.getByTestId('unsaved-sign-out');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.innerText()).toContain('Der er ændringer, som ikke er gemt på serveren endnu');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annullér');
  await screenshot(page, 'sign-out-unsaved-question', { fullPage: false });

  // "Annullér" keeps the person signed in, with the change and its copy.
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  expect(await dialog.count()).toBe(0);
  expect(await page.getByTestId('account-menu').count()).toBe(1);
  expect(await editorText(page, 'goals')).toBe('Skrevet uden net.');
  expect(await localDatabases(page)).toContain(`drejebog:${id}`);

  // Back online the change is saved, and signing out no longer asks.
  await context.setOffline(false);
  await waitUntilSaved(page, 15_000);
  await chooseFromAccountMenu(page, 'Log ud');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Log ind');
  await expect.poll(() => localDatabases(page)).not.toContain(`drejebog:${id}`);
  expect(errors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  await context.close();
});
