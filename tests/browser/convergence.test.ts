import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { editorText } from '../helpers/editorText.js';
import { launchChromium } from '../helpers/launchChromium.js';
import { openPage, uniquePlaybookId } from '../helpers/openPage.js';
import { screenshot } from '../helpers/screenshot.js';
import { startAppServer } from '../helpers/startAppServer.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('two people in separate browser contexts type into the same playbook and see the same text', async () => {
  const url = `${server.httpUrl}/p/${uniquePlaybookId('converge')}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', color: '#1d4ed8' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', color: '#b91c1c' });
  const annaEditor = anna.page.locator('.notes-editor__content');
  const boEditor = bo.page.locator('.notes-editor__content');
  await expect.poll(() => anna.page.getByTestId('connection-status').getAttribute('data-kind')).toBe('saved');
  await expect.poll(() => bo.page.getByTestId('connection-status').getAttribute('data-kind')).toBe('saved');

  await annaEditor.click();
  await anna.page.keyboard.type('Formål med samtalen: afklare jobmål.');
  await boEditor.click();
  await bo.page.keyboard.press('Control+End');
  await bo.page.keyboard.press('Enter');
  await bo.page.keyboard.type('A-kassen tager CV med.');
  await annaEditor.click();
  await anna.page.keyboard.press('Control+End');
  await anna.page.keyboard.press('Enter');
  await anna.page.keyboard.type('Jobcentret booker lokalet.');

  for (const person of [anna, bo]) {
    const text = () => editorText(person.page);
    await expect.poll(text, { timeout: 10_000 }).toContain('Formål med samtalen: afklare jobmål.');
    await expect.poll(text).toContain('A-kassen tager CV med.');
    await expect.poll(text).toContain('Jobcentret booker lokalet.');
  }
  await expect.poll(async () => (await editorText(anna.page)) === (await editorText(bo.page))).toBe(true);
  expect((await editorText(anna.page)).split('\n')).toHaveLength(3);

  // Presence: each sees the other by name, and themselves marked as "dig".
  await expect.poll(() => anna.page.getByTestId('presence-list').innerText()).toContain('Bo A-kasse');
  await expect.poll(() => bo.page.getByTestId('presence-list').innerText()).toContain('Anna Jobcenter');
  expect(await anna.page.getByTestId('presence-list').innerText()).toMatch(/Anna Jobcenter\s*\(dig\)/);
  // Bo's caret is drawn in Anna's editor with his name.
  await expect.poll(() => anna.page.locator('.collaboration-carets__label').allInnerTexts()).toContain('Bo A-kasse');

  await screenshot(anna.page, 'playbook-two-people-desktop');
  await anna.page.setViewportSize({ width: 390, height: 844 });
  await screenshot(anna.page, 'playbook-two-people-phone');

  expect(anna.errors).toEqual([]);
  expect(bo.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});
