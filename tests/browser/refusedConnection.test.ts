import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { launchChromium } from '../helpers/launchChromium.js';
import { openPage, uniquePlaybookId } from '../helpers/openPage.js';
import { screenshot } from '../helpers/screenshot.js';
import { startAppServer } from '../helpers/startAppServer.js';
import type { TestServer } from '../helpers/startServer.js';

let browser: Browser;
let server: TestServer;
let forbiddingServer: TestServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startAppServer();
  forbiddingServer = await startAppServer(
    {},
    { authorize: () => Promise.resolve({ ok: false, close: CloseCodes.forbidden }) },
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await forbiddingServer?.stop();
});

test('an invalid playbook id in the address shows the Danish explanation and opens no connection', async () => {
  const { page, context, errors, sockets } = await openPage(browser, `${server.httpUrl}/p/ikke.gyldigt%20id`);
  const notice = page.getByTestId('invalid-playbook');
  await expect.poll(() => notice.isVisible()).toBe(true);
  expect(await notice.locator('h1').innerText()).toBe('Ugyldigt drejebogs-id');
  expect(await notice.innerText()).toContain(
    'Et drejebogs-id må kun indeholde bogstaver a–z, tal, bindestreg og understregning og højst være 64 tegn langt.',
  );
  await screenshot(page, 'invalid-playbook-id');
  await notice.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect.poll(() => page.locator('h1').innerText()).toBe('Drejebøger');
  expect(new URL(page.url()).pathname).toBe('/');
  expect(sockets).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a server that refuses access gets a plain explanation, no empty editor and no reconnect attempts', async () => {
  // A playbook that exists and that Dorthe is a member of; the server's websocket refuses her all the same.
  const { id } = await createPlaybook(forbiddingServer.httpUrl, { title: 'Forbudt' });
  const { page, context, sockets } = await openPage(browser, `${forbiddingServer.httpUrl}/p/${id}`, { name: 'Dorthe' });
  const notice = page.getByTestId('stopped-notice');
  await expect.poll(() => notice.isVisible()).toBe(true);
  expect(await notice.innerText()).toContain('Du har ikke adgang til denne drejebog.');
  expect(await page.getByTestId('connection-status').innerText()).toBe('Ikke forbundet');
  // Nothing arrived, so there is nothing to show or type into.
  expect(await page.locator('section.pb-section').count()).toBe(0);
  await screenshot(page, 'refused-forbidden', { fullPage: false });
  // The stock client would retry within 200 ms–2.5 s; a refused client must stay quiet.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(sockets).toEqual([`${forbiddingServer.collabUrl}/${id}`]);
  await context.close();
});

test('an address with no playbook behind it says so and leads back to the front page', async () => {
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${uniquePlaybookId('unknown')}`);
  const notice = page.getByTestId('stopped-notice');
  await expect.poll(() => notice.isVisible()).toBe(true);
  expect(await notice.innerText()).toContain('Der findes ingen drejebog på denne adresse.');
  expect(await page.locator('section.pb-section').count()).toBe(0);
  await notice.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  // The page asked the API for the playbook and was told 404; Chromium logs every 404 it receives.
  expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
  await context.close();
});

test('losing access while the playbook is open keeps its text readable but no longer editable', async () => {
  let allowed = true;
  const switching = await startAppServer(
    {},
    {
      authorize: () =>
        Promise.resolve(
          allowed
            ? { ok: true, principal: { kind: 'anonymous', canWrite: true, subject: null } }
            : { ok: false, close: CloseCodes.forbidden },
        ),
    },
  );
  try {
    const { id } = await createPlaybook(switching.httpUrl, { title: 'Mister adgang' });
    const { page, context } = await openPage(browser, `${switching.httpUrl}/p/${id}`, { name: 'Frida' });
    await expect.poll(() => page.getByTestId('connection-status').innerText()).toBe('Gemt');
    await page.getByTestId('editor-purpose').click();
    await page.keyboard.type('Det, vi nåede at skrive.');
    await expect.poll(() => page.getByTestId('connection-status').innerText()).toBe('Gemt');

    allowed = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('stopped-notice').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('editor-purpose').getAttribute('contenteditable')).toBe('false');
    expect(await page.getByTestId('editor-purpose').innerText()).toBe('Det, vi nåede at skrive.');
    // No toolbar to format with, and the shared prompt toggles are off too.
    expect(await page.getByRole('toolbar').count()).toBe(0);
    expect(await page.getByTestId('prompts-purpose').getByRole('button').isDisabled()).toBe(true);
    await context.close();
  } finally {
    await switching.stop();
  }
});
