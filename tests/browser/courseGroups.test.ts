import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { openPage } from '../helpers/openPage.js';
import { addMember, ownerCall, personNamed } from '../helpers/people.js';
import { waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a facilitator creates a course, forms groups by keyboard and by drag-and-drop, sees a one-organisation group flagged, and opens a working space', async () => {
  const facilitator = await openPage(browser, `${server.httpUrl}/`);
  const { page } = facilitator;

  // From the start page to the course list, and "Nyt forløb".
  await page.getByRole('link', { name: 'Forløb' }).click();
  await page.getByRole('button', { name: 'Nyt forløb' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nyt forløb' });
  await dialog.getByLabel('Forløbets navn').fill('Fællessamtaler på Klippeø');
  await dialog.getByLabel('Mål').fill('En fælles drejebog inden sommerferien');
  await dialog.getByLabel('Workshop 1, dato').fill('2099-03-01');
  await dialog.getByRole('button', { name: 'Opret forløb' }).click();
  await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
  const courseId = new URL(page.url()).pathname.split('/').pop()!;
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Fællessamtaler på Klippeø');
  expect(await page.locator('.course-next').innerText()).toContain('Workshop 1');

  // Participants join through invitations to the course playbook.
  const overview = courseOverviewSchema.parse(
    (await ownerCall(server.httpUrl, 'GET', `/api/courses/${courseId}`)).body,
  );
  const jette = await personNamed(server.httpUrl, 'Jette Jobcenter', 'jobcenter');
  const anders = await personNamed(server.httpUrl, 'Anders Akasse', 'akasse');
  const jonna = await personNamed(server.httpUrl, 'Jonna Jobcenter', 'jobcenter');
  for (const who of [jette, anders, jonna]) await addMember(server.httpUrl, overview.course.playbookId, who, 'editor');
  await page.reload();

  for (const name of ['Gruppe A', 'Gruppe B']) {
    await page.getByLabel('Navn på ny gruppe').fill(name);
    await page.getByRole('button', { name: 'Opret gruppe' }).click();
    await page.getByRole('heading', { name, level: 3 }).waitFor();
  }
  const column = (name: string) => page.getByRole('region', { name });

  // By keyboard: focus the person's "Flyt til gruppe …" list and press the arrow key.
  for (const name of ['Jette Jobcenter', 'Anders Akasse']) {
    await page.getByLabel(`Flyt ${name} til gruppe …`).focus();
    await page.keyboard.press('ArrowDown');
    await column('Gruppe A').getByText(name).waitFor();
  }
  expect(await page.getByRole('region', { name: 'Læringsgrupper' }).getByRole('status').first().innerText()).toContain(
    'Anders Akasse er flyttet til Gruppe A',
  );

  // By drag-and-drop: Jonna to Gruppe B.
  await page.locator('.course-person', { hasText: 'Jonna Jobcenter' }).dragTo(column('Gruppe B'));
  await column('Gruppe B').getByText('Jonna Jobcenter').waitFor();

  // Gruppe B has only a jobcenter person: flagged with an explanation; Gruppe A is mixed.
  expect(await column('Gruppe B').innerText()).toContain('Kun én slags organisation');
  expect(await column('Gruppe A').innerText()).not.toContain('Kun én slags organisation');
  await screenshot(page, 'course-groups');

  const groups = courseOverviewSchema.parse(
    (await ownerCall(server.httpUrl, 'GET', `/api/courses/${courseId}`)).body,
  ).groups;
  expect(groups.map((g) => [g.name, g.members.length, g.mixed])).toEqual([
    ['Gruppe A', 2, true],
    ['Gruppe B', 1, false],
  ]);

  // The group's working space is the live editor.
  await column('Gruppe A').getByRole('link', { name: 'Åbn gruppens arbejdsrum' }).click();
  await page.waitForURL(new RegExp(`/p/${groups[0]!.playbookId}$`));
  await waitUntilSaved(page);
  expect(facilitator.errors).toEqual([]);
  await facilitator.context.close();
});
