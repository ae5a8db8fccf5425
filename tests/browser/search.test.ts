import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { callAs, ownerCall, personNamed } from '../helpers/people.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('content search finds a phrase in a readable playbook, opens its section, and finds nothing the person may not read', async () => {
  const klippeoe = await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' });
  const stranger = await personNamed(server.httpUrl, 'Sara Solsikke', 'akasse');
  const hidden = await callAs(stranger, server.httpUrl, 'POST', '/api/playbooks', {
    title: 'Solsikkeplanen for Vesterhavet',
    templateId: null,
  });
  expect(hidden.status).toBe(201);
  const hiddenId = (hidden.body as { id: string }).id;
  expect((await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${hiddenId}`)).status).toBeGreaterThanOrEqual(400);

  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/`);
  const field = page.getByTestId('content-search');
  const status = page.getByTestId('content-search-status');
  await field.fill('pendlet færgen');
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/^Fundet/);

  const hit = page.locator(`a.search-hit[href="/p/${klippeoe.id}#section-target-group"]`);
  await expect.poll(() => hit.count()).toBe(1);
  expect(await hit.locator('.search-hit__where').innerText()).toMatch(/^\d+\. /);
  const marked = await hit.locator('mark').allInnerTexts();
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.join(' ').toLowerCase()).toMatch(/pendl|færg/);
  expect(await hit.innerText()).toContain('fastlandet');
  expect(await page.locator('.search-results__title').allInnerTexts()).toContain('Klippeø');
  await screenshot(page, 'search-results', { fullPage: false });

  // The arrow key moves from the field into the results.
  await field.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('search-hit'))).toBe(true);

  await hit.click();
  await expect.poll(() => page.evaluate(() => window.location.pathname)).toBe(`/p/${klippeoe.id}`);
  // The editor scrolled to the section and put the keyboard focus on its heading.
  const focusedSection = () => page.evaluate(() => document.activeElement?.closest('section.pb-section')?.id ?? null);
  await expect.poll(focusedSection, { timeout: 10_000 }).toBe('section-target-group');
  expect(await page.evaluate(() => window.location.hash)).toBe('#section-target-group');
  await screenshot(page, 'search-opened-section', { fullPage: false });

  // A word only in the title of a playbook the person may not read finds nothing, and says what was searched.
  await page.goBack();
  const fieldAgain = page.getByTestId('content-search');
  await fieldAgain.fill('Solsikkeplanen');
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain('Ingen resultater');
  expect(await status.innerText()).toMatch(/»solsikkeplan/);
  expect(await page.locator('a.search-hit').count()).toBe(0);

  // Words under three letters are explained, not silently searched.
  await fieldAgain.fill('og i');
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain('Der blev ikke søgt');

  expect(errors).toEqual([]);
  await context.close();
});
