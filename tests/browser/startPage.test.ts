import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
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

test('the start page explains Drejebog, refuses an invalid id and opens the playbook for a valid one', async () => {
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/`);
  expect(await page.locator('h1').innerText()).toBe('Drejebog');
  expect(await page.locator('.intro__lead').innerText()).toContain('fællessamtalen');
  const field = page.getByLabel('Drejebogens id');
  const suggested = await field.inputValue();
  expect(isValidRoomName(suggested)).toBe(true);
  await screenshot(page, 'start-desktop');

  await field.fill('møde med æøå');
  await page.getByRole('button', { name: 'Åbn drejebog' }).click();
  expect(await page.getByRole('alert').innerText()).toContain("Id'et kan ikke bruges.");
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(new URL(page.url()).pathname).toBe('/');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'start-phone-invalid');

  await field.fill('faellessamtale-uge-12');
  await page.getByRole('button', { name: 'Åbn drejebog' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/p/faellessamtale-uge-12');
  await expect.poll(() => page.getByTestId('connection-status').innerText()).toBe('Gemt');

  // Back returns to the start page without a reload.
  await page.goBack();
  await expect.poll(() => page.locator('h1').innerText()).toBe('Drejebog');
  expect(errors).toEqual([]);
  await context.close();
});
