import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { openPage } from '../helpers/openPage.js';
import { addMember, ownerCall, personNamed } from '../helpers/people.js';
import { sectionEditor, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

const ACTION = 'Borgeren åbner selv samtalen';
const NOTE = 'Da borgeren fik ordet først, fulgte begge vejledere borgerens rækkefølge';
/** Steps across three browsers take a few seconds on a busy machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
const cards = (page: Page) => page.getByTestId('action-cards');
const shared = (page: Page) => page.getByTestId('shared-logbook');

test('the Bornholm course end to end: a facilitator sets up a course and a mixed group, runs the workshop, the jobcenter and a-kasse participants plan an action and share an observation that goes into the group draft, and the facilitator sees it live and merges it into the course playbook', async () => {
  const url = server.httpUrl;
  const facilitator = await openPage(browser, `${url}/`);
  const f = facilitator.page;

  // 0. Framing: the course, its goal and workshops; groups must be mixed.
  await f.getByRole('link', { name: 'Forløb' }).click();
  await f.getByRole('button', { name: 'Nyt forløb' }).click();
  const dialog = f.getByRole('dialog', { name: 'Nyt forløb' });
  await dialog.getByLabel('Forløbets navn').fill('Fællessamtaler på Bornholm');
  await dialog.getByLabel('Mål').fill('Én fælles drejebog, så vi taler med én stemme');
  await dialog.getByLabel('Workshop 1, dato').fill('2099-03-01');
  await dialog.getByLabel('Tillad dem ikke').check();
  await dialog.getByRole('button', { name: 'Opret forløb' }).click();
  await f.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
  const courseId = new URL(f.url()).pathname.split('/').pop()!;
  const overview = courseOverviewSchema.parse((await ownerCall(url, 'GET', `/api/courses/${courseId}`)).body);
  const coursePlaybook = overview.course.playbookId;

  // Participants join through invitations to the course playbook (the invitation UI has its own test).
  const jette = await personNamed(url, 'Jette Jobcenter', 'jobcenter');
  const anders = await personNamed(url, 'Anders Akasse', 'akasse');
  for (const who of [jette, anders]) await addMember(url, coursePlaybook, who, 'editor');
  await f.reload();

  // 1. A mixed learning group, formed by keyboard.
  await f.getByLabel('Navn på ny gruppe').fill('Gruppe Gudhjem');
  await f.getByRole('button', { name: 'Opret gruppe' }).click();
  await f.getByRole('heading', { name: 'Gruppe Gudhjem', level: 3 }).waitFor();
  for (const name of ['Jette Jobcenter', 'Anders Akasse']) {
    await f.getByLabel(`Flyt ${name} til gruppe …`).selectOption({ label: 'Gruppe Gudhjem' });
    await f.getByRole('region', { name: 'Gruppe Gudhjem' }).getByText(name).waitFor();
  }
  const group = courseOverviewSchema
    .parse((await ownerCall(url, 'GET', `/api/courses/${courseId}`)).body)
    .groups.find((g) => g.name === 'Gruppe Gudhjem')!;
  expect(group.mixed).toBe(true);

  // 2. The workshop: the group moves to "Afprøv" and a 10-minute timer starts.
  await f.getByLabel('Fase for Gruppe Gudhjem').selectOption({ label: 'Afprøv' });
  await f.getByRole('button', { name: 'Styr workshoppen' }).click();
  await f.getByRole('button', { name: 'Start et ur på 10 minutter' }).click();
  await poll(() => f.getByTestId('workshop-timer').getAttribute('data-status')).toBe('running');

  // The participants, each in a browser of their own, go to their group's room.
  const roomUrl = `${url}/forloeb/${courseId}/gruppe/${group.id}`;
  const a = await openPage(browser, roomUrl, { name: 'Anders Akasse', organisation: 'akasse' });
  const j = await openPage(browser, roomUrl, { name: 'Jette Jobcenter', organisation: 'jobcenter' });
  for (const page of [a.page, j.page]) {
    await poll(() => page.getByTestId('workshop-phase').innerText()).toContain('Jeres fase: Afprøv (2 af 4)');
    await poll(() => page.getByTestId('workshop-timer').getAttribute('data-status')).toBe('running');
  }

  // 3. Anders plans an action on section 5; Jette sees it arrive.
  await cards(a.page).getByRole('button', { name: 'Nyt aktionskort' }).click();
  await cards(a.page).getByLabel('Hvad prøver vi?').fill(ACTION);
  await cards(a.page).getByLabel('Afsnit i drejebogen').selectOption({ label: '5. Dagsorden for samtalen' });
  await cards(a.page).getByLabel('Hvad skal vi observere?').fill('Hvem taler først?');
  await poll(() => cards(j.page).getByLabel('Hvad prøver vi?').inputValue()).toBe(ACTION);

  // 4. Jette's observation is private until she shares it; then Anders uses it in the group's draft.
  await j.page.getByLabel('Ny observation').fill(NOTE);
  await j.page.getByRole('button', { name: 'Gem i logbogen' }).click();
  const own = j.page.getByTestId('own-logbook').locator('.logbook-entry', { hasText: NOTE });
  await own.getByText('Privat', { exact: true }).waitFor();
  await own.getByRole('button', { name: 'Del med gruppen' }).click();
  const entry = shared(a.page).locator('.shared-entry', { hasText: NOTE });
  await poll(async () => {
    if ((await entry.count()) === 0) await shared(a.page).getByRole('button', { name: 'Opdater' }).click();
    return entry.count();
  }).toBe(1);
  await entry.getByRole('button', { name: 'Brug i drejebogen' }).click();
  await entry.getByLabel('Afsnit').selectOption({ label: '5. Dagsorden for samtalen' });
  await entry.getByRole('button', { name: 'Indsæt som udkast' }).click();
  await entry.getByText('Brugt i: 5. Dagsorden for samtalen').waitFor();

  // 5. The facilitator's live view shows the group's section 5 written, and the open action.
  await f.goto(`${url}/forloeb/${courseId}/overblik`);
  const agendaCell = f.locator(`td[data-column="${group.id}"][data-section="agenda"]`);
  await poll(async () => Number(await agendaCell.getAttribute('data-words'))).toBeGreaterThan(5);
  // Anders (a-kasse) put it there, so the a-kasse made the last edit.
  expect(await agendaCell.innerText()).toContain('Test A-kasse');
  expect(await f.getByTestId(`actions-${group.id}`).innerText()).toContain('1 åben');
  expect(await f.getByTestId(`online-${group.id}`).innerText()).toContain('Anders Akasse');
  await screenshot(f, 'bornholm-live-view');

  // 6. Side by side, then merged into the course playbook: the draft everyone will agree on.
  await f.getByRole('link', { name: '5. Dagsorden for samtalen' }).click();
  const column = f.getByRole('region', { name: 'Gruppe Gudhjem' });
  await column.getByText(NOTE).waitFor();
  await column.getByRole('button', { name: 'Flet ind i forløbets drejebog' }).click();
  await f.getByText('Gruppe Gudhjems tekst er flettet ind i forløbets drejebog.').waitFor();

  await f.goto(`${url}/p/${coursePlaybook}`);
  await waitUntilSaved(f);
  const agenda = sectionEditor(f, 'agenda');
  await poll(() => agenda.innerText()).toContain(NOTE);
  expect(await agenda.innerText()).toContain('fra logbogen (Jette Jobcenter');
  await screenshot(f, 'bornholm-course-playbook', { fullPage: false });

  for (const opened of [facilitator, a, j]) {
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  }
});
