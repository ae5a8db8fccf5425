import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('someone whose network drops and comes back keeps working and is shown where they are', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Til stede', templateId: null });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);
  await typeAtEndOf(bo.page, 'purpose', 'Bo er her.');
  const annaSees = () => anna.page.getByTestId('presence-list').innerText();
  await expect.poll(annaSees).toMatch(/A-kasse · i 1\./);

  // The network goes and comes back before the server notices that Bo's old socket is dead: Bo's page
  // reconnects with the same presence, which the server hands over instead of refusing it as forged.
  await bo.context.setOffline(true);
  await bo.context.setOffline(false);
  await waitUntilSaved(bo.page, 15_000);
  // Anna sees Bo again at once (a client renews its presence only every 15 s on its own).
  await expect.poll(annaSees, { timeout: 4_000 }).toContain('Bo A-kasse');
  await typeAtEndOf(bo.page, 'goals', 'Bo skriver videre.');
  await waitUntilSaved(bo.page);
  await expect.poll(annaSees, { timeout: 5_000 }).toMatch(/A-kasse · i 11\./);
  expect(await bo.page.getByTestId('connection-status').getAttribute('data-kind')).toBe('saved');
  await anna.context.close();
  await bo.context.close();
});
