import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { openPage } from '../helpers/openPage.js';
import { addMember, ownerCall, personNamed } from '../helpers/people.js';
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
  const created = await ownerCall(url, 'POST', '/api/courses', {
    title: 'Et forløb med et langt navn om fællessamtaler på Klippeø',
    templateId: 'standard',
    workshops: [{ title: 'Første workshop om dagsordenen', date: '2099-02-01', place: 'Rønne' }],
  });
  const { course } = courseOverviewSchema.parse(created.body);
  const jette = await personNamed(url, 'Jette Jobcenter-Kristoffersen', 'jobcenter');
  await addMember(url, course.playbookId, jette, 'editor');
  const group = courseOverviewSchema.parse(
    (await ownerCall(url, 'POST', `/api/courses/${course.id}/groups`, { name: 'Gruppe Nord' })).body,
  ).groups[0]!;
  await ownerCall(url, 'PUT', `/api/courses/${course.id}/groups/${group.id}/members`, { userIds: [jette.userId] });

  const pages: Array<[string, string]> = [
    ['list', '/'],
    ['editor', `/p/${course.playbookId}`],
    ['reader', `/p/${course.playbookId}/laes`],
    ['card', `/p/${course.playbookId}/kort`],
    ['courses', '/forloeb'],
    ['course', `/forloeb/${course.id}`],
    ['group-room', `/forloeb/${course.id}/gruppe/${group.id}`],
    ['live-view', `/forloeb/${course.id}/overblik`],
    ['compare', `/forloeb/${course.id}/sammenlign/purpose`],
  ];
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
