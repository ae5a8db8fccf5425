import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { appInChromium } from '../helpers/appInChromium.js';
import { coursePages } from '../helpers/coursePages.js';
import { openPage } from '../helpers/openPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

const PHONE = { width: 360, height: 740 };

// Caseworkers read, and participants write, on phones: no page may be wider than a small phone's screen
// (sideways scrolling hides the end of every line).
test('every page fits a 360 px phone without scrolling sideways', async () => {
  const url = server.httpUrl;
  const { pages } = await coursePages(url, {
    title: 'Et forløb med et langt navn om fællessamtaler på Klippeø',
    participantName: 'Jette Jobcenter-Kristoffersen',
  });
  const { page, context, errors } = await openPage(browser, `${url}/`, { viewport: PHONE });
  const tooWide: string[] = [];
  for (const [name, path] of pages) {
    await page.goto(`${url}${path}`);
    await page.locator('main').first().waitFor();
    // Settled layout, not a moment before a lazily loaded stylesheet arrives.
    const width = await page
      .waitForFunction((max) => document.documentElement.scrollWidth <= max, PHONE.width, { timeout: 3_000 })
      .then(
        () => PHONE.width,
        () => page.evaluate(() => document.documentElement.scrollWidth),
      );
    if (width > PHONE.width) {
      tooWide.push(`${path}: ${width} px`);
      await screenshot(page, `phone-too-wide-${name}`, { fullPage: false });
    }
  }
  expect(tooWide).toEqual([]);
  // On the compare page (the page just visited) the columns stack: the course playbook's text comes below
  // the group's answer, not beside it behind a sideways scroll.
  const [groupColumn, courseColumn] = await Promise.all(
    [0, 1].map((index) => page.locator('.compare-column').nth(index).boundingBox()),
  );
  expect(courseColumn!.y).toBeGreaterThanOrEqual(groupColumn!.y + groupColumn!.height);
  // Its merge buttons stay inside the group's column.
  const column = await page.locator('.compare-column').first().boundingBox();
  for (const button of await page.locator('.compare-column').first().getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(column!.x + column!.width);
  }
  expect(errors).toEqual([]);
  await context.close();
});
