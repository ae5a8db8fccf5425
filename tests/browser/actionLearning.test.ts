import { expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appInChromium } from '../helpers/appInChromium.js';
import { courseWithGroups } from '../helpers/courseWithGroups.js';
import { openPage } from '../helpers/openPage.js';
import { personNamed } from '../helpers/people.js';
import { sectionEditor, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

const TITLE = 'Borgeren sætter selv dagsordenen';
const OBSERVE = 'Hvem taler i de første fem minutter?';
const NOTE = 'Borgeren begyndte selv med sine ønsker, og vi fulgte efter';

const cards = (page: Page) => page.getByTestId('action-cards');
const shared = (page: Page) => page.getByTestId('shared-logbook');

test('two participants from a jobcenter and an a-kasse plan an action together, share a log entry, and use it in the playbook; the facilitator sees only what was shared', async () => {
  const anne = await personNamed(server.httpUrl, 'Anne Jobcenter', 'jobcenter');
  const bent = await personNamed(server.httpUrl, 'Bent Akasse', 'akasse');
  const course = await courseWithGroups(server.httpUrl, { 'Gruppe Nord': [anne, bent] });
  const group = course.groups['Gruppe Nord']!;
  const roomUrl = `${server.httpUrl}/forloeb/${course.courseId}/gruppe/${group.id}`;

  // Anne on her phone (360 px), Bent and the facilitator at their desks, each in a browser context of their own.
  const a = await openPage(browser, `${server.httpUrl}/forloeb/${course.courseId}`, {
    name: 'Anne Jobcenter',
    organisation: 'jobcenter',
    viewport: { width: 360, height: 800 },
  });
  const b = await openPage(browser, roomUrl, { name: 'Bent Akasse', organisation: 'akasse' });
  const f = await openPage(browser, roomUrl);

  // The course page shows Anne her group prominently, with the way into its room.
  await a.page.getByRole('heading', { name: 'Din gruppe: Gruppe Nord' }).waitFor();
  await a.page.getByRole('link', { name: 'Gå til gruppen' }).first().click();
  await a.page.waitForURL(roomUrl);
  await a.page.getByRole('heading', { name: 'Gruppe Nord', level: 1 }).waitFor();

  // Anne makes an action card; Bent sees each field arrive live.
  await cards(a.page).getByRole('button', { name: 'Nyt aktionskort' }).click();
  const title = cards(a.page).getByLabel('Hvad prøver vi?');
  await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
  await title.fill(TITLE);
  await cards(a.page).getByLabel('Afsnit i drejebogen').selectOption({ label: '5. Dagsorden for samtalen' });
  await cards(a.page).getByLabel('Hvad skal vi observere?').fill(OBSERVE);
  await cards(a.page)
    .getByRole('checkbox', { name: /Anne Jobcenter/ })
    .check();
  await cards(a.page).getByLabel('Frist').fill('2099-03-01');

  const bentCards = cards(b.page);
  await expect.poll(() => bentCards.getByLabel('Hvad prøver vi?').inputValue(), { timeout: 10_000 }).toBe(TITLE);
  await expect.poll(() => bentCards.getByLabel('Afsnit i drejebogen').inputValue(), { timeout: 10_000 }).toBe('agenda');
  await expect
    .poll(() => bentCards.getByLabel('Hvad skal vi observere?').inputValue(), { timeout: 10_000 })
    .toBe(OBSERVE);
  await expect
    .poll(() => bentCards.getByRole('checkbox', { name: /Anne Jobcenter/ }).isChecked(), { timeout: 10_000 })
    .toBe(true);
  await expect.poll(() => bentCards.getByLabel('Frist').inputValue(), { timeout: 10_000 }).toBe('2099-03-01');
  // The facilitator sees the card too.
  await expect.poll(() => cards(f.page).getByLabel('Hvad prøver vi?').inputValue(), { timeout: 10_000 }).toBe(TITLE);
  // Bent writes the first reflection answer; Anne gets it.
  await bentCards.getByLabel('Hvad skete der?').fill('Borgeren tog ordet med det samme');
  await expect
    .poll(() => cards(a.page).getByLabel('Hvad skete der?').inputValue(), { timeout: 10_000 })
    .toBe('Borgeren tog ordet med det samme');

  // A CPR number is explained before anything is sent.
  const quick = a.page.getByLabel('Ny observation');
  await quick.fill('Borgeren med 010190-1234 kom');
  await a.page.getByRole('alert').filter({ hasText: 'ligner et CPR-nummer' }).waitFor();
  expect(await a.page.getByRole('button', { name: 'Gem i logbogen' }).isDisabled()).toBe(true);

  // Anne's quick entry is private: neither Bent nor the facilitator sees it.
  await quick.fill(NOTE);
  await a.page.getByLabel('Hører til aktionskort').selectOption({ label: TITLE });
  await a.page.getByRole('button', { name: 'Gem i logbogen' }).click();
  const own = a.page.getByTestId('own-logbook').locator('.logbook-entry', { hasText: NOTE });
  await own.getByText('Privat', { exact: true }).waitFor();
  await screenshot(a.page, 'action-learning-phone', { fullPage: false });
  for (const page of [b.page, f.page]) {
    await shared(page).getByRole('button', { name: 'Opdater' }).click();
    await shared(page).getByText('Ingen har delt noget endnu.').waitFor();
    expect(await page.locator('body').innerText()).not.toContain(NOTE);
  }

  // Shared, it reaches both of them without a reload, with who wrote it and from which organisation.
  await own.getByRole('button', { name: 'Del med gruppen' }).click();
  await own.getByText('Delt med gruppen', { exact: true }).waitFor();
  for (const page of [b.page, f.page]) {
    const entry = shared(page).locator('.shared-entry', { hasText: NOTE });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Anne Jobcenter');
    expect(await entry.innerText()).toContain('Testby Kommune, Jobcenter');
    expect(await entry.innerText()).toContain(`Aktionskort: ${TITLE}`);
  }

  // Bent uses it in the playbook: it lands in section 5 of the working space, with the link back.
  const entry = shared(b.page).locator('.shared-entry', { hasText: NOTE });
  await entry.getByRole('button', { name: 'Brug i drejebogen' }).click();
  await entry.getByLabel('Afsnit').selectOption({ label: '5. Dagsorden for samtalen' });
  await entry.getByRole('button', { name: 'Indsæt som udkast' }).click();
  await entry.getByText('Brugt i: 5. Dagsorden for samtalen').waitFor();
  await screenshot(b.page, 'action-learning-group-room');
  const entryId = await entry.getAttribute('data-entry-id');

  await b.page.getByRole('link', { name: 'Åbn arbejdsrummet' }).click();
  await b.page.waitForURL(`${server.httpUrl}/p/${group.playbookId}`);
  await waitUntilSaved(b.page);
  const agenda = sectionEditor(b.page, 'agenda');
  await expect.poll(() => agenda.innerText(), { timeout: 10_000 }).toContain(NOTE);
  expect(await agenda.innerText()).toContain('fra logbogen (Anne Jobcenter, Testby Kommune, Jobcenter,');
  const backLink = agenda.locator('a', { hasText: 'fra logbogen' });
  expect(await backLink.getAttribute('href')).toBe(
    `${server.httpUrl}/forloeb/${course.courseId}/gruppe/${group.id}#logbog-${entryId}`,
  );

  for (const opened of [a, b, f]) {
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  }
});
