import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/launchChromium.js';
import { openPage, uniquePlaybookId } from '../helpers/openPage.js';
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
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${uniquePlaybookId('language')}`, {
    name: 'Emil',
  });
  const status = page.getByTestId('connection-status');
  await expect.poll(() => status.innerText()).toBe('Gemt');
  expect(await page.locator('html').getAttribute('lang')).toBe('da');
  expect(await page.locator('h1').innerText()).toBe('Fælles noter');
  expect(await page.title()).toMatch(/^Fælles noter · language-[0-9a-f]+ · Drejebog$/);

  await page.getByRole('button', { name: 'Switch the language to English' }).click();
  await expect.poll(() => page.locator('h1').innerText()).toBe('Shared notes');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await status.innerText()).toBe('Saved');
  expect(await page.title()).toMatch(/^Shared notes · /);
  expect(await page.locator('#presence-heading').innerText()).toBe('Present');
  expect(await page.getByText('1 person has the playbook open').count()).toBe(1);
  expect(await page.getByLabel('Your name').inputValue()).toBe('Emil');
  await screenshot(page, 'playbook-english');

  await page.reload();
  await expect.poll(() => page.locator('h1').innerText()).toBe('Shared notes');
  await page.getByRole('button', { name: 'Skift sproget til dansk' }).click();
  await expect.poll(() => page.locator('h1').innerText()).toBe('Fælles noter');
  expect(await page.locator('html').getAttribute('lang')).toBe('da');
  expect(errors).toEqual([]);
  await context.close();
});
