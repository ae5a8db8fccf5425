import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { openPage } from '../helpers/openPage.js';
import { addMember, ownerCall, personNamed } from '../helpers/people.js';
import { sectionEditor, typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test("a participant's typing shows in the facilitator's live view without a reload, and the facilitator merges it into the course playbook", async () => {
  const url = server.httpUrl;
  const created = await ownerCall(url, 'POST', '/api/courses', { title: 'Klippeø-forløbet' });
  const overview = courseOverviewSchema.parse(created.body);
  const courseId = overview.course.id;
  const coursePlaybook = overview.course.playbookId;
  const jette = await personNamed(url, 'Jette Jobcenter', 'jobcenter');
  const anders = await personNamed(url, 'Anders Akasse', 'akasse');
  for (const who of [jette, anders]) await addMember(url, coursePlaybook, who, 'editor');
  const withGroup = await ownerCall(url, 'POST', `/api/courses/${courseId}/groups`, { name: 'Gruppe Nord' });
  const groupId = courseOverviewSchema.parse(withGroup.body).groups[0]!.id;
  const members = await ownerCall(url, 'PUT', `/api/courses/${courseId}/groups/${groupId}/members`, {
    userIds: [jette.userId, anders.userId],
  });
  const groupPlaybook = courseOverviewSchema.parse(members.body).groups[0]!.playbookId;

  // The facilitator goes from the course page to the live view.
  const facilitator = await openPage(browser, `${url}/forloeb/${courseId}`);
  const { page } = facilitator;
  await page.getByRole('link', { name: 'Overblik (live)' }).click();
  await page.waitForURL(`${url}/forloeb/${courseId}/overblik`);
  await expect.poll(() => page.getByRole('status').first().getAttribute('data-connection')).toBe('live');
  const cell = page.locator(`td[data-column="${groupId}"][data-section="purpose"]`);
  expect(await cell.getAttribute('data-words')).toBe('0');
  expect(await page.getByTestId(`online-${groupId}`).innerText()).toContain('Ingen');
  // Marks this page load: still there afterwards means nothing reloaded.
  await page.evaluate(() => Object.assign(window, { liveViewLoad: 'first' }));

  // Anders (a-kasse) writes in his group's working space, in his own browser.
  const participant = await openPage(browser, `${url}/`, { name: 'Anders Akasse', organisation: 'akasse' });
  await participant.page.goto(`${url}/p/${groupPlaybook}`);
  await waitUntilSaved(participant.page);
  await expect.poll(() => page.getByTestId(`online-${groupId}`).innerText()).toContain('Anders Akasse');
  expect(await page.getByTestId(`online-${groupId}`).innerText()).toContain('Test A-kasse');
  await typeAtEndOf(participant.page, 'purpose', 'Borgeren sætter selv dagsordenen for samtalen');
  await waitUntilSaved(participant.page);

  await expect.poll(() => cell.getAttribute('data-words')).toBe('6');
  // Screen readers hear, politely and at most every few seconds, where the groups are writing.
  await expect
    .poll(() => page.getByTestId('live-announcement').textContent())
    .toContain('Gruppe Nord: 1. Formål og fælles ståsted');
  expect(await cell.innerText()).toContain('Test A-kasse');
  expect(await page.evaluate(() => (window as unknown as { liveViewLoad?: string }).liveViewLoad)).toBe('first');
  await screenshot(page, 'live-view');

  // Jette has the course playbook open while the facilitator merges.
  const reader = await openPage(browser, `${url}/`, { name: 'Jette Jobcenter', organisation: 'jobcenter' });
  await reader.page.goto(`${url}/p/${coursePlaybook}`);
  await waitUntilSaved(reader.page);

  // Side by side: the section's title opens how each group answered it.
  await page.getByRole('link', { name: '1. Formål og fælles ståsted' }).click();
  await page.waitForURL(`${url}/forloeb/${courseId}/sammenlign/purpose`);
  const column = page.getByRole('region', { name: 'Gruppe Nord' });
  await column.getByText('Borgeren sætter selv dagsordenen for samtalen').waitFor();
  await column.getByRole('button', { name: 'Flet ind i forløbets drejebog' }).click();
  await page.getByText('Gruppe Nords tekst er flettet ind i forløbets drejebog.').waitFor();
  await page.getByTestId('course-section-text').getByText('Borgeren sætter selv dagsordenen').waitFor();
  await screenshot(page, 'live-view-compare');

  // The course playbook's editor shows it at once, without a reload.
  await expect
    .poll(() => sectionEditor(reader.page, 'purpose').innerText())
    .toContain('Borgeren sætter selv dagsordenen for samtalen');

  // "Fortryd" puts the section back — still offered after going to the overview and coming back.
  await page.getByRole('link', { name: 'Tilbage til overblikket' }).click();
  await page.getByRole('link', { name: '1. Formål og fælles ståsted' }).click();
  await page.waitForURL(`${url}/forloeb/${courseId}/sammenlign/purpose`);
  await page.getByText('Gruppe Nords tekst er flettet ind i forløbets drejebog.').waitFor();
  await page.getByRole('button', { name: 'Fortryd' }).click();
  await page.getByText('Afsnittet i forløbets drejebog er sat tilbage, som det var.').waitFor();
  await expect
    .poll(() => sectionEditor(reader.page, 'purpose').innerText())
    .not.toContain('Borgeren sætter selv dagsordenen for samtalen');
  // Undone is undone: a reload offers nothing more to undo.
  await page.reload();
  await column.getByText('Borgeren sætter selv dagsordenen for samtalen').waitFor();
  expect(await page.getByRole('button', { name: 'Fortryd' }).count()).toBe(0);

  // Chosen blocks, replacing the section: asked first, then done.
  const before = await sectionEditor(reader.page, 'purpose').innerText();
  await column.getByRole('checkbox', { name: 'Vælg tekstafsnit 1 fra Gruppe Nord' }).check();
  await column.getByRole('button', { name: 'Erstat med 1 valgt tekstafsnit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erstat afsnittet?' });
  await dialog.getByRole('button', { name: 'Erstat' }).click();
  await page.getByText('Forløbets drejebog har nu Gruppe Nords tekst i dette afsnit.').waitFor();
  await expect
    .poll(() => sectionEditor(reader.page, 'purpose').innerText())
    .toBe('Borgeren sætter selv dagsordenen for samtalen');
  expect(before).not.toBe('Borgeren sætter selv dagsordenen for samtalen');

  // When Anders leaves, the live view says so.
  await participant.context.close();
  await page.getByRole('link', { name: 'Tilbage til overblikket' }).click();
  await expect.poll(() => page.getByTestId(`online-${groupId}`).innerText()).toContain('Ingen');

  expect(facilitator.errors).toEqual([]);
  expect(reader.errors).toEqual([]);
  await facilitator.context.close();
  await reader.context.close();
});
