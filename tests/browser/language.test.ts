import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { launchChromium } from '../helpers/launchChromium.js';
import { openPage } from '../helpers/openPage.js';
import { screenshot } from '../helpers/screenshot.js';
import { startAppServer } from '../helpers/startAppServer.js';
import type { TestServer } from '../helpers/startServer.js';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startAppServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('the language switch translates the playbook page to English and back, and is remembered', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Drejebog for Nordby', templateId: 'standard' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}`, {
    name: 'Emil',
    organisation: 'akasse',
  });
  const status = page.getByTestId('connection-status');
  const agendaTitle = page.locator('#section-agenda-title');
  await expect.poll(() => status.innerText()).toBe('Gemt');
  expect(await page.locator('html').getAttribute('lang')).toBe('da');
  expect(await agendaTitle.innerText()).toBe('Dagsorden for samtalen');
  expect(await page.title()).toBe('Drejebog for Nordby · Drejebog');
  expect(await page.getByTestId('prompts-agenda').innerText()).toContain('Spørgsmål til drøftelse');

  await page.getByRole('button', { name: 'Switch the language to English' }).click();
  await expect.poll(() => agendaTitle.innerText()).toBe('The interview agenda');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await status.innerText()).toBe('Saved');
  expect(await page.locator('#presence-heading').innerText()).toBe('Present');
  expect(await page.getByText('1 person has the playbook open').count()).toBe(1);
  expect(await page.getByTestId('presence-list').innerText()).toContain('A-kasse');
  expect(await page.getByTestId('prompts-agenda').innerText()).toContain('Questions for discussion');
  expect(await page.getByTestId('prompts-agenda').innerText()).toContain(
    'What should the citizen get out of each item?',
  );
  expect(await page.getByTestId('rule-basis').innerText()).toContain('in force from 1 July 2026');
  expect(await page.getByTestId('playbook-status').innerText()).toBe('Draft');
  expect(await page.getByTestId('section-nav').innerText()).toContain('Learning log and revision history');
  // The playbook's own words stay Danish: only the interface changes language.
  expect(await page.getByTestId('playbook-title').inputValue()).toBe('Drejebog for Nordby');
  await screenshot(page, 'editor-english', { fullPage: false });

  await page.reload();
  await expect.poll(() => agendaTitle.innerText()).toBe('The interview agenda');
  await page.getByRole('button', { name: 'Skift sproget til dansk' }).click();
  await expect.poll(() => agendaTitle.innerText()).toBe('Dagsorden for samtalen');
  expect(await page.locator('html').getAttribute('lang')).toBe('da');
  expect(errors).toEqual([]);
  await context.close();
});

test('the presence list shows the signed-in account: its name and organisation, with no question asked', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Ny kollega', templateId: 'standard' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}`, {
    name: 'Dorthe Dam',
    organisation: 'akasse',
  });
  await expect.poll(() => page.getByTestId('presence-list').innerText()).toMatch(/Dorthe Dam \(dig\)\s*A-kasse/);
  expect(await page.getByTestId('account-menu').innerText()).toMatch(/Dorthe Dam\s*Test A-kasse/);
  // The caret colour is from the a-kasse family (ambers and oranges), derived from the account.
  const avatar = page.getByTestId('presence-list').locator('.presence__avatar').first();
  expect(['rgb(180, 83, 9)', 'rgb(194, 65, 12)', 'rgb(154, 52, 18)', 'rgb(146, 64, 14)', 'rgb(163, 65, 15)']).toContain(
    await avatar.evaluate((element) => getComputedStyle(element).backgroundColor),
  );
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
