import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { ARTIFACTS_DIR, screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

const PHONE = { width: 360, height: 740 };

/** The smallest computed font size, in px, of the elements matching `selector`. */
function smallestFontSize(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (query) =>
      Math.min(...Array.from(document.querySelectorAll(query)).map((el) => parseFloat(getComputedStyle(el).fontSize))),
    selector,
  );
}

/** The number of pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

test('the interview card of the Klippeø example is readable on a phone and prints on one A4 page', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}/kort`, {
    name: 'Kim Kortlæser',
    organisation: 'akasse',
    role: 'reader',
    viewport: PHONE,
  });
  expect(await page.getByTestId('playbook-title').innerText()).toBe('Klippeø');
  expect(await page.getByTestId('agenda-item').count()).toBe(9);
  expect(await page.getByTestId('agenda-total').innerText()).toBe('50 min.');
  expect(await page.getByTestId('if-then-card').count()).toBe(4);

  // Readable at arm's length: body text at least 16 px everywhere it matters, and nothing to scroll sideways.
  expect(await smallestFontSize(page, 'body, td, th, li, .card p, .contact p')).toBeGreaterThanOrEqual(16);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await page.locator('a[href^="tel:"]').count()).toBe(7);
  await screenshot(page, 'interview-card-phone', { fullPage: false });
  await screenshot(page, 'interview-card-phone-full');

  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.top__links')!).display)).toBe('none');
  await screenshot(page, 'interview-card-print');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPageCount(pdf)).toBe(1);
  fs.writeFileSync(path.join(ARTIFACTS_DIR, 'interview-card.pdf'), pdf);

  expect(errors).toEqual([]);
  await context.close();
});

test('the reader view at phone size: no sideways scroll, and the in-page search filters and highlights sections', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Klippeø læst', templateId: 'klippeoe-kommune' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}/laes`, {
    name: 'Lis Læser',
    organisation: 'jobcenter',
    role: 'reader',
    viewport: PHONE,
  });
  const sections = page.getByTestId('reader-section');
  expect(await sections.count()).toBe(13);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await smallestFontSize(page, 'body, p, li')).toBeGreaterThanOrEqual(16);
  expect(await page.getByTestId('status-label').innerText()).toContain('Kladde – ikke godkendt endnu');

  // The script reveals the search field; typing hides the sections that do not mention the word.
  const search = page.getByLabel('Søg i drejebogen');
  await expect.poll(() => search.isVisible()).toBe(true);
  await search.fill('færgen');
  await expect.poll(() => page.locator('[data-section]:visible').count()).toBeLessThan(13);
  const visible = await page
    .locator('[data-section]:visible')
    .evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-section'), text: el.textContent?.toLowerCase() ?? '' })),
    );
  expect(visible.length).toBeGreaterThan(0);
  for (const section of visible) expect(section.text).toContain('færgen');
  expect(visible.map((section) => section.id)).toContain('special-situations');
  expect(await page.locator('mark.search-hit').count()).toBeGreaterThanOrEqual(visible.length);
  expect(await page.locator('#reader-search-status').innerText()).toBe(`${visible.length} afsnit`);
  await screenshot(page, 'reader-view-search-phone', { fullPage: false });

  await search.fill('');
  await expect.poll(() => page.locator('[data-section]:visible').count()).toBe(13);
  expect(await page.locator('mark.search-hit').count()).toBe(0);

  expect(errors).toEqual([]);
  await context.close();
});

test('without JavaScript the reader view is complete and the search field stays hidden', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Uden script', templateId: 'klippeoe-kommune' });
  const { context } = await openPage(browser, `${server.httpUrl}/p/${id}/laes`, { signedIn: true });
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  await noScript.addCookies(await context.cookies());
  const page = await noScript.newPage();
  await page.goto(`${server.httpUrl}/p/${id}/laes`);
  expect(await page.getByTestId('reader-section').count()).toBe(13);
  expect(await page.locator('[data-section]:visible').count()).toBe(13);
  expect(await page.getByLabel('Søg i drejebogen').isVisible()).toBe(false);
  expect(await page.locator('.toc a[href^="#afsnit-"]').count()).toBe(13);
  await noScript.close();
  await context.close();
});

test('the playbook page and the playbook list link to the reader view and the interview card', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Med links', templateId: 'klippeoe-kommune' });
  const { page, context } = await openPage(browser, `${server.httpUrl}/p/${id}`, {
    name: 'Lone Linklæser',
    role: 'reader',
  });
  const cardLink = page.getByTestId('interview-card-link');
  await expect.poll(() => cardLink.count()).toBe(1);
  expect(await page.getByTestId('reader-view-link').getAttribute('href')).toBe(`/p/${id}/laes?lang=da`);
  await cardLink.click();
  await page.waitForURL(`**/p/${id}/kort?lang=da`);
  expect(await page.getByTestId('agenda-item').count()).toBe(9);

  await page.goto(`${server.httpUrl}/`);
  const fromList = page.locator('.pb-card', { hasText: 'Med links' }).getByTestId('reader-view-link');
  await fromList.click();
  await page.waitForURL(`**/p/${id}/laes?lang=da`);
  expect(await page.getByTestId('reader-section').count()).toBe(13);
  await context.close();
});
