import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sectionFieldName } from '../../shared/playbook/layout.js';
import { SqliteDocumentStore } from '../../server/storage/SqliteDocumentStore.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { editorText } from '../helpers/editorText.js';
import { GatedDocumentStore } from '../helpers/GatedDocumentStore.js';
import { launchChromium } from '../helpers/launchChromium.js';
import { openPage } from '../helpers/openPage.js';
import { sectionEditor, typeAtEndOf } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import { startAppServer } from '../helpers/startAppServer.js';
import { makeDataDir, removeDataDir, type TestServer } from '../helpers/startServer.js';
import { storedText } from '../helpers/storedText.js';

let browser: Browser;
const servers: TestServer[] = [];
const dataDirs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
  for (const dir of dataDirs) removeDataDir(dir);
});

const PURPOSE = sectionFieldName('purpose');

test('shows "Gemmer …" until the server has stored the change, then "Gemt"', async () => {
  const dataDir = makeDataDir();
  dataDirs.push(dataDir);
  const store = new GatedDocumentStore(
    new SqliteDocumentStore({ file: path.join(dataDir, 'gated.sqlite'), synchronous: 'NORMAL' }),
  );
  const server = await startAppServer({ DATA_DIR: dataDir }, { store });
  servers.push(server);
  const { id } = await createPlaybook(server.httpUrl, { title: 'Gemmer', templateId: 'standard' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}`, { name: 'Anna' });
  const status = page.getByTestId('connection-status');
  await expect.poll(() => status.innerText()).toBe('Gemt');

  store.closeGate();
  await sectionEditor(page, 'purpose').click();
  await page.keyboard.type('Aftale om opfølgning');
  await expect.poll(() => store.held).toBeGreaterThan(0);
  await expect.poll(() => status.innerText()).toBe('Gemmer …');
  // Still held back: the indicator must not claim it is saved, however long we wait.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await status.innerText()).toBe('Gemmer …');
  await screenshot(page, 'indicator-saving', { fullPage: false });

  store.open();
  await expect.poll(() => status.innerText()).toBe('Gemt');
  expect(await storedText(store, id, PURPOSE)).toBe('Aftale om opfølgning');
  expect(errors).toEqual([]);
  await context.close();
});

test('shows "Offline" when the server stops, keeps the edits made meanwhile locally, and saves them when it is back', async () => {
  const dataDir = makeDataDir();
  dataDirs.push(dataDir);
  let server = await startAppServer({ DATA_DIR: dataDir });
  servers.push(server); // stopping twice is harmless: close() is idempotent
  const port = server.port;
  const { id } = await createPlaybook(server.httpUrl, { title: 'Offline', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const { page, context } = await openPage(browser, url, { name: 'Bo' });
  const status = page.getByTestId('connection-status');
  await typeAtEndOf(page, 'purpose', 'Skrevet online.');
  await expect.poll(() => status.innerText()).toBe('Gemt');

  await server.stop();
  await expect.poll(() => status.innerText()).toBe('Offline – prøver at forbinde igen …');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Skrevet offline.');
  // Not on the server, but in this browser's IndexedDB: the indicator says so, and leaving is safe.
  await expect.poll(() => status.innerText()).toBe('Offline – dine ændringer gemmes lokalt');
  await screenshot(page, 'indicator-offline-stored-locally', { fullPage: false });

  server = await startAppServer({ DATA_DIR: dataDir, PORT: port });
  servers.push(server);
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toBe('Gemt');
  expect(await storedText(server.app.store, id, PURPOSE)).toBe('Skrevet online.\nSkrevet offline.');

  // Someone who opens the playbook now gets both lines from the server.
  const later = await openPage(browser, url, { name: 'Cecilie' });
  await expect.poll(() => editorText(later.page, 'purpose')).toBe('Skrevet online.\nSkrevet offline.');
  expect(later.errors).toEqual([]);
  await later.context.close();
  await context.close();
});
