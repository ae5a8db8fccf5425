import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { openPage } from '../helpers/openPage.js';
import { addMember, ownerCall, personNamed } from '../helpers/people.js';
import { waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a participant made facilitator of the course while the course playbook is open gets the workshop controls without reloading', async () => {
  const url = server.httpUrl;
  const created = await ownerCall(url, 'POST', '/api/courses', { title: 'Medfacilitator på Klippeø' });
  const { course } = courseOverviewSchema.parse(created.body);
  const jette = await personNamed(url, 'Jette Jobcenter', 'jobcenter');
  await addMember(url, course.playbookId, jette, 'editor');

  const { page, errors, context } = await openPage(browser, `${url}/p/${course.playbookId}`, {
    name: 'Jette Jobcenter',
    organisation: 'jobcenter',
  });
  await waitUntilSaved(page);
  const bar = page.getByTestId('workshop-bar');
  await expect.poll(() => bar.getAttribute('data-connection'), { timeout: 10_000 }).toBe('online');
  expect(await bar.getByRole('button', { name: 'Styr workshoppen' }).count()).toBe(0);
  // A participant in no group, no timer running, nothing announced: the bar stays out of sight.
  expect(await bar.isVisible()).toBe(false);
  await page.evaluate(() => Object.assign(window, { sameLoad: true }));

  const changed = await ownerCall(url, 'PATCH', `/api/playbooks/${course.playbookId}/members/${jette.userId}`, {
    role: 'facilitator',
  });
  expect(changed.status, changed.text).toBe(200);
  await bar.getByRole('button', { name: 'Styr workshoppen' }).waitFor({ timeout: 10_000 });
  expect(await bar.isVisible()).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
