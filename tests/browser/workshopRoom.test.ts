import { expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { openPage } from '../helpers/openPage.js';
import { poll, sectionInView } from '../helpers/workshopPage.js';
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

/** The countdown a page shows, in seconds (`mm:ss`); null while no timer runs. */
async function secondsShown(page: Page): Promise<number | null> {
  const text = await page.getByTestId('workshop-timer').getByRole('timer').innerText();
  const match = /^(\d+):(\d\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

const timerStatus = (page: Page) => page.getByTestId('workshop-timer').getAttribute('data-status');
const followState = (page: Page) =>
  page.getByTestId('workshop-follow').locator('[data-following]').getAttribute('data-following');

test('a facilitator runs the workshop room for two participants from a jobcenter and an a-kasse: timer through a network drop, pause, follow me, leaving and rejoining, prompts hidden for all', async () => {
  const url = server.httpUrl;
  const created = await ownerCall(url, 'POST', '/api/courses', {
    title: 'Workshop på Klippeø',
    templateId: 'standard',
  });
  expect(created.status, created.text).toBe(201);
  const { course } = courseOverviewSchema.parse(created.body);
  const jette = await personNamed(url, 'Jette Jobcenter', 'jobcenter');
  const anders = await personNamed(url, 'Anders Akasse', 'akasse');
  for (const who of [jette, anders]) await addMember(url, course.playbookId, who, 'editor');
  const grouped = courseOverviewSchema.parse(
    (await ownerCall(url, 'POST', `/api/courses/${course.id}/groups`, { name: 'Gruppe A' })).body,
  );
  const group = grouped.groups[0]!;
  const placed = await ownerCall(url, 'PUT', `/api/courses/${course.id}/groups/${group.id}/members`, {
    userIds: [jette.userId, anders.userId],
  });
  expect(placed.status, placed.text).toBe(200);

  // The facilitator works in the course playbook; the group in its working space (same section ids).
  const facilitator = await openPage(browser, `${url}/p/${course.playbookId}`);
  const participants = [];
  for (const [name, organisation] of [
    ['Jette Jobcenter', 'jobcenter'],
    ['Anders Akasse', 'akasse'],
  ] as const) {
    const opened = await openPage(browser, `${url}/forloeb/${course.id}`, { name, organisation });
    await opened.page.goto(`${url}/p/${group.playbookId}`);
    participants.push(opened);
  }
  const [jettePage, andersPage] = participants.map((p) => p.page) as [Page, Page];
  const facilitatorPage = facilitator.page;
  for (const page of [facilitatorPage, jettePage, andersPage]) {
    await waitUntilSaved(page);
    await poll(() => page.getByTestId('workshop-bar').getAttribute('data-connection')).toBe('online');
  }
  expect(await jettePage.getByTestId('workshop-phase').innerText()).toContain('Jeres fase: Planlæg (1 af 4)');
  // Between timers a participant's bar is one slim line with the phase (no "--:--" on a phone's screen);
  // the facilitator keeps the timer and the controls.
  expect(await jettePage.getByTestId('workshop-timer').count()).toBe(0);
  expect((await jettePage.getByTestId('workshop-bar').boundingBox())!.height).toBeLessThan(48);
  expect(await facilitatorPage.getByTestId('workshop-timer').count()).toBe(1);

  // A 5-minute timer: every participant sees it counting down.
  await facilitatorPage.getByRole('button', { name: 'Styr workshoppen' }).click();
  await facilitatorPage.getByRole('button', { name: 'Start et ur på 5 minutter' }).click();
  for (const page of [jettePage, andersPage]) {
    await poll(() => timerStatus(page)).toBe('running');
    const shown = (await secondsShown(page))!;
    expect(shown).toBeLessThanOrEqual(300);
    expect(shown).toBeGreaterThan(280);
    await poll(() => secondsShown(page)).toBeLessThan(shown);
  }

  // Anders loses the network: the bar says so, and his countdown keeps going down.
  await participants[1]!.context.setOffline(true);
  await andersPage.getByTestId('workshop-offline').waitFor();
  expect(await andersPage.getByTestId('workshop-offline').innerText()).toBe(
    'Forbindelsen er afbrudt – uret tæller videre',
  );
  const offlineAt = (await secondsShown(andersPage))!;
  await poll(() => secondsShown(andersPage)).toBeLessThanOrEqual(offlineAt - 2);
  expect(await andersPage.getByTestId('workshop-bar').getAttribute('data-connection')).toBe('offline');
  await participants[1]!.context.setOffline(false);
  await poll(() => andersPage.getByTestId('workshop-bar').getAttribute('data-connection')).toBe('online');

  // Pause: everyone sees the same frozen time.
  await facilitatorPage.getByTestId('workshop-bar').getByRole('button', { name: 'Pause', exact: true }).click();
  for (const page of [jettePage, andersPage]) {
    await poll(() => timerStatus(page)).toBe('paused');
    expect(await page.getByTestId('workshop-timer').innerText()).toContain('Pause');
  }
  const frozen = await secondsShown(facilitatorPage);
  await poll(() => secondsShown(jettePage)).toBe(frozen);
  await poll(() => secondsShown(andersPage)).toBe(frozen);
  await facilitatorPage.getByRole('button', { name: 'Giv 5 minut(ter) mere' }).click();
  await poll(() => secondsShown(jettePage)).toBe(frozen! + 300);

  // Follow me: the facilitator moves to a section; both participants' pages go there.
  await facilitatorPage.getByRole('button', { name: 'Følg mig' }).click();
  await poll(() => facilitatorPage.getByRole('button', { name: 'Følg mig' }).getAttribute('aria-pressed')).toBe('true');
  for (const page of [jettePage, andersPage]) {
    await poll(() => page.getByTestId('workshop-follow').innerText()).toContain('Du følger Facilitator Test');
  }
  await facilitatorPage.getByTestId('section-nav').locator('a[data-section="roles"]').click();
  for (const page of [jettePage, andersPage]) await poll(() => sectionInView(page)).toBe('roles');

  // Jette goes her own way: she stops following, and the facilitator's next move only brings Anders.
  await jettePage.getByTestId('section-nav').locator('a[data-section="after"]').click();
  await poll(() => followState(jettePage)).toBe('false');
  expect(await jettePage.getByTestId('workshop-follow').innerText()).toContain('Du følger ikke facilitator');
  await facilitatorPage.getByTestId('section-nav').locator('a[data-section="agenda"]').click();
  await poll(() => sectionInView(andersPage)).toBe('agenda');
  expect(await sectionInView(jettePage)).toBe('after');
  // One click brings her back to where the facilitator is.
  await jettePage.getByRole('button', { name: 'Følg igen' }).click();
  await poll(() => sectionInView(jettePage)).toBe('agenda');
  await poll(() => followState(jettePage)).toBe('true');

  // Prompts hidden for everyone at once, whatever each working space chose; the participants cannot undo it.
  const promptsVisible = (page: Page) => page.getByTestId('prompts-agenda').getAttribute('data-visible');
  expect(await promptsVisible(jettePage)).toBe('true');
  await facilitatorPage.getByRole('radio', { name: 'Skjul for alle' }).check();
  for (const page of [jettePage, andersPage]) {
    await poll(() => promptsVisible(page)).toBe('false');
    expect(await page.getByTestId('prompts-agenda').getByRole('button', { name: 'Vis spørgsmål' }).isDisabled()).toBe(
      true,
    );
    expect(await page.getByTestId('workshop-bar').innerText()).toContain(
      'Facilitator har skjult spørgsmål til drøftelse for alle.',
    );
  }
  // The sections above changed height for everyone: followers are kept at the facilitator's section.
  for (const page of [jettePage, andersPage]) await poll(() => sectionInView(page)).toBe('agenda');
  await facilitatorPage.getByRole('radio', { name: 'Lad hver gruppe vælge' }).check();
  await poll(() => promptsVisible(jettePage)).toBe('true');
  await poll(() => sectionInView(jettePage)).toBe('agenda');
  await screenshot(jettePage, 'workshop-room-participant', { fullPage: false });
  await screenshot(facilitatorPage, 'workshop-room-facilitator', { fullPage: false });

  expect(facilitator.errors).toEqual([]);
  expect(participants[0]!.errors).toEqual([]);
  for (const opened of [facilitator, ...participants]) await opened.context.close();
});

test('facilitators set each group’s phase of the action-learning cycle on the course page, live for the group', async () => {
  const url = server.httpUrl;
  const created = await ownerCall(url, 'POST', '/api/courses', { title: 'Faser', templateId: null });
  const { course } = courseOverviewSchema.parse(created.body);
  const karen = await personNamed(url, 'Karen Jobcenter', 'jobcenter');
  const kurt = await personNamed(url, 'Kurt Akasse', 'akasse');
  for (const who of [karen, kurt]) await addMember(url, course.playbookId, who, 'editor');
  const group = courseOverviewSchema.parse(
    (await ownerCall(url, 'POST', `/api/courses/${course.id}/groups`, { name: 'Gruppe B' })).body,
  ).groups[0]!;
  await ownerCall(url, 'PUT', `/api/courses/${course.id}/groups/${group.id}/members`, {
    userIds: [karen.userId, kurt.userId],
  });

  const facilitator = await openPage(browser, `${url}/forloeb/${course.id}`);
  const participant = await openPage(browser, `${url}/forloeb/${course.id}`, {
    name: 'Kurt Akasse',
    organisation: 'akasse',
  });
  const column = (page: Page) => page.getByRole('region', { name: 'Gruppe B' });
  const phase = (page: Page) => column(page).getByTestId('group-phase').getAttribute('data-phase');
  await poll(() => phase(participant.page)).toBe('plan');
  // The cycle is shown in order; participants cannot change it.
  expect(await column(participant.page).getByRole('list', { name: 'Aktionslæringens faser' }).innerText()).toMatch(
    /Planlæg[\s\S]*Afprøv[\s\S]*Observér[\s\S]*Reflektér/,
  );
  expect(await column(participant.page).getByRole('combobox').count()).toBe(0);

  // By keyboard: focus the group's phase list and press the arrow key.
  await facilitator.page.getByLabel('Fase for Gruppe B').focus();
  await facilitator.page.keyboard.press('ArrowDown');
  await poll(() => phase(participant.page)).toBe('act');
  expect(await participant.page.getByTestId('workshop-phase').innerText()).toContain('Jeres fase: Afprøv (2 af 4)');
  await facilitator.page.getByLabel('Fase for Gruppe B').selectOption('reflect');
  await poll(() => phase(participant.page)).toBe('reflect');

  // Karen on her phone in the group room: the idle bar is one line with the phase, nothing more.
  const phone = await openPage(browser, `${url}/forloeb/${course.id}/gruppe/${group.id}`, {
    name: 'Karen Jobcenter',
    organisation: 'jobcenter',
    viewport: { width: 360, height: 740 },
  });
  await poll(() => phone.page.getByTestId('workshop-phase').innerText()).toContain('Reflektér');
  expect(await phone.page.getByTestId('workshop-timer').count()).toBe(0);
  expect((await phone.page.getByTestId('workshop-bar').boundingBox())!.height).toBeLessThan(48);
  await screenshot(phone.page, 'workshop-bar-quiet-phone', { fullPage: false });
  // Nothing on the page is wider than the phone (a long name in the header once was).
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(phone.errors).toEqual([]);
  await phone.context.close();

  // A message to everyone from the course page's bar.
  await facilitator.page.getByRole('button', { name: 'Styr workshoppen' }).click();
  await facilitator.page.getByLabel('Besked til alle').fill('Kaffepause til 10.30');
  await facilitator.page.getByRole('button', { name: 'Vis besked' }).click();
  await poll(() => participant.page.getByTestId('workshop-message').innerText()).toContain('Kaffepause til 10.30');
  await screenshot(facilitator.page, 'workshop-room-phases');

  expect(facilitator.errors).toEqual([]);
  expect(participant.errors).toEqual([]);
  for (const opened of [facilitator, participant]) await opened.context.close();
});
