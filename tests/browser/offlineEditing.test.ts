import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { editorText } from '../helpers/editorText.js';
import { openPage } from '../helpers/openPage.js';
import { typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

const STORED_LOCALLY = 'Offline – dine ændringer gemmes lokalt';

test('one person goes offline, both keep writing, and after reconnecting both have everything', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Offline', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);
  await typeAtEndOf(anna.page, 'agenda', 'Fælles start.');
  await expect.poll(() => editorText(bo.page, 'agenda')).toBe('Fælles start.');

  // The network goes; the browser says so at once and the page drops its socket.
  await bo.context.setOffline(true);
  const boStatus = bo.page.getByTestId('connection-status');
  await expect.poll(() => boStatus.getAttribute('data-kind')).toBe('offline');
  await typeAtEndOf(bo.page, 'agenda', 'Bo skrev offline.', true);
  // Bo's change is in this browser's IndexedDB, and the indicator says exactly that.
  await expect.poll(() => boStatus.innerText()).toBe(STORED_LOCALLY);
  await bo.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(bo.page, 'editor-offline-stored-locally', { fullPage: false });

  await typeAtEndOf(anna.page, 'agenda', 'Anna skrev imens.', true);
  await waitUntilSaved(anna.page);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await editorText(anna.page, 'agenda')).not.toContain('Bo skrev offline.');

  await bo.context.setOffline(false);
  await waitUntilSaved(bo.page, 15_000);
  for (const person of [anna, bo]) {
    const text = () => editorText(person.page, 'agenda');
    await expect.poll(text, { timeout: 10_000 }).toContain('Bo skrev offline.');
    await expect.poll(text).toContain('Anna skrev imens.');
  }
  await expect
    .poll(async () => (await editorText(anna.page, 'agenda')) === (await editorText(bo.page, 'agenda')))
    .toBe(true);
  expect(anna.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});

test('changes made offline survive closing the page and reach the others when it opens again online', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Genindlæst offline', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);

  await bo.context.setOffline(true);
  await expect.poll(() => bo.page.getByTestId('connection-status').getAttribute('data-kind')).toBe('offline');
  await typeAtEndOf(bo.page, 'goals', 'Mål skrevet i toget uden net.');
  await expect.poll(() => bo.page.getByTestId('connection-status').innerText()).toBe(STORED_LOCALLY);
  // The tab goes away while offline: the change now exists only in Bo's IndexedDB.
  await bo.page.close();
  await bo.context.setOffline(false);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await editorText(anna.page, 'goals')).toBe('');

  const reopened = await bo.context.newPage();
  await reopened.goto(url);
  await expect.poll(() => editorText(reopened, 'goals'), { timeout: 10_000 }).toBe('Mål skrevet i toget uden net.');
  await waitUntilSaved(reopened, 15_000);
  await expect.poll(() => editorText(anna.page, 'goals'), { timeout: 10_000 }).toBe('Mål skrevet i toget uden net.');
  // Reopening did not duplicate anything the server already had (the client never seeds).
  expect((await editorText(reopened, 'agenda')) === (await editorText(anna.page, 'agenda'))).toBe(true);
  expect(anna.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});
