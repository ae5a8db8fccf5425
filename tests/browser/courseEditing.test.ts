import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { courseWithGroups } from '../helpers/courseWithGroups.js';
import { openPage } from '../helpers/openPage.js';
import { callAs, ownerCall, personNamed } from '../helpers/people.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a facilitator changes the course details, adds, edits, deletes and restores a workshop, and renames and deletes a group', async () => {
  const jette = await personNamed(server.httpUrl, 'Jette Jobcenter', 'jobcenter');
  const anders = await personNamed(server.httpUrl, 'Anders Akasse', 'akasse');
  const course = await courseWithGroups(server.httpUrl, { 'Gruppe 1': [jette, anders] });
  const overview = async () =>
    courseOverviewSchema.parse((await ownerCall(server.httpUrl, 'GET', `/api/courses/${course.courseId}`)).body);
  const { page } = await openPage(browser, `${server.httpUrl}/forloeb/${course.courseId}`);

  // The course's own facts.
  await page.getByTestId('open-course-settings').click();
  const dialog = page.getByRole('dialog', { name: 'Forløbets oplysninger' });
  await dialog.getByLabel('Forløbets navn').fill('Fællessamtaler på Bornholm');
  await dialog.getByLabel('Mål').fill('Én stemme over for borgeren');
  await dialog.getByLabel('Tillad dem ikke').check();
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Fællessamtaler på Bornholm');
  expect(await page.locator('.course-page__goal').innerText()).toContain('Én stemme over for borgeren');
  const saved = await overview();
  expect(saved.course).toMatchObject({ title: 'Fællessamtaler på Bornholm', mixedGroups: 'refuse' });

  // A second workshop: added, edited, deleted and brought back.
  await page.getByTestId('add-workshop').click();
  let form = page.getByTestId('workshop-form');
  await form.getByLabel('Titel').fill('Workshop 2: Aktioner');
  await form.getByLabel('Dato').fill('2099-03-01');
  await form.getByLabel('Sted').fill('Rønne');
  await form.getByRole('button', { name: 'Tilføj workshop' }).click();
  await expect.poll(() => page.getByTestId('workshop').count()).toBe(2);
  expect(await page.getByTestId('workshop-list').innerText()).toContain('Rønne');

  await page.getByRole('button', { name: 'Redigér Workshop 2: Aktioner' }).click();
  form = page.getByTestId('workshop-form');
  await form.getByLabel('Noter').fill('Medbring jeres logbøger');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect.poll(() => page.getByTestId('workshop-list').innerText()).toContain('Medbring jeres logbøger');

  await page.getByRole('button', { name: 'Slet Workshop 2: Aktioner' }).click();
  await expect.poll(() => page.getByTestId('workshop').count()).toBe(1);
  expect((await overview()).workshops.map((w) => w.title)).toEqual(['Workshop 1']);
  await page.getByTestId('workshop-status').getByRole('button', { name: 'Fortryd' }).click();
  await expect.poll(() => page.getByTestId('workshop').count()).toBe(2);
  const restored = (await overview()).workshops.find((w) => w.title === 'Workshop 2: Aktioner');
  expect(restored).toMatchObject({ date: '2099-03-01', place: 'Rønne', notes: 'Medbring jeres logbøger' });

  // Rename the group, then delete it: its members lose the working space.
  await page.getByRole('button', { name: 'Omdøb Gruppe 1' }).click();
  await page.getByLabel('Gruppens navn').fill('Gudhjem-gruppen');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Gudhjem-gruppen', level: 3 }).waitFor();
  const workspace = course.groups['Gruppe 1']!.playbookId;
  expect((await callAs(jette, server.httpUrl, 'GET', `/api/playbooks/${workspace}`)).status).toBe(200);

  await page.getByRole('button', { name: 'Slet Gudhjem-gruppen' }).click();
  expect(await page.getByRole('alertdialog').innerText()).toContain('mister adgangen');
  await page.getByRole('button', { name: 'Ja, slet gruppen' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Gudhjem-gruppen', level: 3 }).count()).toBe(0);
  expect((await overview()).groups).toEqual([]);
  expect((await callAs(jette, server.httpUrl, 'GET', `/api/playbooks/${workspace}`)).status).toBe(404);
  expect(await page.getByRole('region', { name: 'Uden gruppe' }).innerText()).toContain('Jette Jobcenter');
});
