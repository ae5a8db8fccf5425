import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage, type OpenedPage } from '../helpers/openPage.js';
import { ARTIFACTS_DIR } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

/** Two people from different organisations with a new playbook from the standard template open. */
async function twoPeople(title: string): Promise<[OpenedPage, OpenedPage]> {
  const { id } = await createPlaybook(server.httpUrl, { title, templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  for (const person of [anna, bo]) {
    // The standard template's starter agenda has nine items and the roles matrix eleven tasks.
    await expect.poll(() => agendaItems(person.page).count(), { timeout: 15_000 }).toBe(9);
    await expect.poll(() => roleRows(person.page).count()).toBe(11);
  }
  return [anna, bo];
}

const agenda = (page: Page) => page.getByTestId('agenda-editor');
const agendaItems = (page: Page) => agenda(page).getByTestId('agenda-item');
const agendaItem = (page: Page, index: number) => agendaItems(page).nth(index);
const roles = (page: Page) => page.getByTestId('roles-editor');
const roleRows = (page: Page) => roles(page).getByTestId('role-row');
const titles = (page: Page) => agenda(page).getByTestId('agenda-title').evaluateAll(valuesOf);
const tasks = (page: Page) => roles(page).getByTestId('role-task').evaluateAll(valuesOf);
const total = (page: Page) => agenda(page).getByTestId('agenda-total').innerText();

function valuesOf(elements: Element[]): string[] {
  return elements.map((element) => (element as HTMLTextAreaElement).value);
}

/** Screenshot of one element, left in test-artifacts/ for a person to look at. */
async function shoot(locator: Locator, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await locator.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), animations: 'disabled' });
}

async function closeAll(...people: OpenedPage[]): Promise<void> {
  for (const person of people) {
    expect(person.errors).toEqual([]);
    await person.context.close();
  }
}

test('two people edit different agenda items and fields at the same time, and both see all of it with a live total', async () => {
  const [anna, bo] = await twoPeople('Dagsorden samtidig');
  expect(await total(anna.page)).toMatch(/I alt\s*0 min/);
  expect(await agenda(anna.page).getByTestId('agenda-untimed').innerText()).toContain('9 punkter har ingen tid');

  // Both type at the same time: Anna in item 1 (title and minutes), Bo in item 1's purpose and item 2's minutes.
  await Promise.all([
    (async () => {
      await agendaItem(anna.page, 0).getByTestId('agenda-title').press('Control+End');
      await anna.page.keyboard.type(' – kort', { delay: 15 });
      await agendaItem(anna.page, 0).getByTestId('minutes').fill('5');
    })(),
    (async () => {
      await agendaItem(bo.page, 0).getByTestId('agenda-purpose').press('Control+End');
      await bo.page.keyboard.type(' Vi præsenterer os begge.', { delay: 15 });
      await agendaItem(bo.page, 1).getByTestId('minutes').fill('10');
    })(),
  ]);

  for (const { page } of [anna, bo]) {
    await expect
      .poll(() => agendaItem(page, 0).getByTestId('agenda-title').inputValue())
      .toBe('Velkomst, roller og rammer – kort');
    await expect
      .poll(() => agendaItem(page, 0).getByTestId('agenda-purpose').inputValue())
      .toMatch(/til\. Vi præsenterer os begge\.$/);
    await expect.poll(() => total(page)).toMatch(/I alt\s*15 min/);
    await expect.poll(() => agendaItem(page, 1).getByTestId('agenda-slot').innerText()).toBe('5–15 min');
    await expect
      .poll(() => agenda(page).getByTestId('agenda-untimed').innerText())
      .toContain('7 punkter har ingen tid');
  }

  // The lead and "skal dækkes" are fields of their own: changed by one, seen by the other.
  await agendaItem(bo.page, 2).getByText('A-kasse', { exact: true }).click();
  await agendaItem(anna.page, 2).getByTestId('must-cover').check();
  for (const { page } of [anna, bo]) {
    await expect.poll(() => agendaItem(page, 2).getAttribute('data-lead')).toBe('akasse');
    await expect.poll(() => agendaItem(page, 2).getByTestId('must-cover').isChecked()).toBe(true);
  }

  // Key questions: Enter adds one and moves the caret into it.
  await agendaItem(anna.page, 2).getByTestId('key-question').first().press('Control+End');
  await anna.page.keyboard.press('Enter');
  await anna.page.keyboard.type('Hvad har du søgt siden sidst?');
  await expect
    .poll(() => agendaItem(bo.page, 2).getByTestId('key-question').evaluateAll(valuesOf))
    .toEqual(['Hvordan går jobsøgningen – hvad virker, og hvad virker ikke?', 'Hvad har du søgt siden sidst?']);

  await shoot(agenda(anna.page), 'structured-agenda-desktop');
  await closeAll(anna, bo);
});

test('a reorder by keyboard, by button or by drag in one page shows in the other, and focus stays on the item', async () => {
  const [anna, bo] = await twoPeople('Rækkefølge');
  const before = await titles(anna.page);

  // Alt+ArrowUp in the third item's title moves it above the second; the caret stays in that title.
  await agendaItem(anna.page, 2).getByTestId('agenda-title').focus();
  await anna.page.keyboard.press('Alt+ArrowUp');
  const afterKey = [before[0], before[2], before[1], ...before.slice(3)];
  await expect.poll(() => titles(bo.page)).toEqual(afterKey);
  expect(await anna.page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe(before[2]);
  await expect
    .poll(() => anna.page.getByTestId('agenda-announcer').innerText())
    .toBe(`»${before[2]}« er flyttet til plads 2 af 9.`);

  // The visible "move down" button of the same item, by keyboard: it keeps focus after the move.
  await agendaItem(anna.page, 1).getByTestId('move-down').focus();
  await anna.page.keyboard.press('Enter');
  await expect.poll(() => titles(bo.page)).toEqual(before);
  expect(await anna.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    `Flyt »${before[2]}« ned`,
  );

  // Drag the second item's handle onto the top half of the first item: it becomes the first. (Both must be
  // on screen: Playwright does not scroll in the middle of a native drag.)
  await agendaItem(bo.page, 0).scrollIntoViewIfNeeded();
  await agendaItem(bo.page, 1)
    .getByTestId('drag-handle')
    .dragTo(agendaItem(bo.page, 0), { targetPosition: { x: 300, y: 12 } });
  const afterDrag = [before[1], before[0], ...before.slice(2)];
  await expect.poll(() => titles(anna.page)).toEqual(afterDrag);
  expect(await titles(bo.page)).toEqual(afterDrag);

  // Someone else's move does not take away the caret of a person typing in the moved item.
  await agendaItem(anna.page, 3).getByTestId('agenda-title').press('Control+End');
  await agendaItem(bo.page, 4).getByTestId('move-up').click();
  const afterRemoteMove = [...afterDrag.slice(0, 3), afterDrag[4], afterDrag[3], ...afterDrag.slice(5)];
  await expect.poll(() => titles(anna.page)).toEqual(afterRemoteMove);
  await anna.page.keyboard.type(' (flyttet)');
  await expect
    .poll(() => agendaItem(bo.page, 4).getByTestId('agenda-title').inputValue())
    .toBe(`${afterDrag[3]} (flyttet)`);

  await closeAll(anna, bo);
});

test('a remote change to the text someone is typing in keeps their caret where it was', async () => {
  const [anna, bo] = await twoPeople('Markøren');
  const annaTitle = agendaItem(anna.page, 1).getByTestId('agenda-title');
  const boTitle = agendaItem(bo.page, 1).getByTestId('agenda-title');
  // Anna's caret after "Borgerens"; Bo adds words at the start and the end of the same title.
  await annaTitle.focus();
  await annaTitle.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(9, 9));
  await boTitle.press('Control+Home');
  await bo.page.keyboard.type('1. ');
  await boTitle.press('Control+End');
  await bo.page.keyboard.type(' i dag');
  await expect.poll(() => annaTitle.inputValue()).toBe('1. Borgerens egen dagsorden og ønsker i dag');
  expect(await annaTitle.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(12);
  await anna.page.keyboard.type(' helt');
  await expect.poll(() => boTitle.inputValue()).toBe('1. Borgerens helt egen dagsorden og ønsker i dag');
  await closeAll(anna, bo);
});

test('an added item gets focus and reaches the other page; a deleted one comes back with undo', async () => {
  const [anna, bo] = await twoPeople('Tilføj og slet');
  await agenda(anna.page).getByTestId('agenda-add').click();
  await anna.page.keyboard.type('Opsamling på tolkebehov');
  await expect.poll(() => agendaItems(bo.page).count()).toBe(10);
  await expect
    .poll(() => agendaItem(bo.page, 9).getByTestId('agenda-title').inputValue())
    .toBe('Opsamling på tolkebehov');

  // A CPR number is removed before it is written, and the writer is told: a playbook never holds data
  // about a citizen.
  const purpose = agendaItem(anna.page, 9).getByTestId('agenda-purpose');
  await purpose.fill('Tjek 010190-1234');
  await expect.poll(() => purpose.getAttribute('aria-invalid')).toBe('true');
  expect(await agendaItem(anna.page, 9).getByRole('alert').innerText()).toContain('CPR-nummer');
  expect(await purpose.inputValue()).toBe('Tjek ');
  await expect.poll(() => agendaItem(bo.page, 9).getByTestId('agenda-purpose').inputValue()).toBe('Tjek ');
  await purpose.fill('Tjek om der skal bestilles tolk.');
  await expect.poll(() => agendaItem(anna.page, 9).getByRole('alert').count()).toBe(0);

  await agendaItem(anna.page, 9).getByTestId('minutes').fill('3');
  await expect.poll(() => total(bo.page)).toMatch(/I alt\s*3 min/);

  await agendaItem(anna.page, 9).getByTestId('remove').click();
  await expect.poll(() => agendaItems(bo.page).count()).toBe(9);
  const toast = anna.page.getByTestId('undo-toast');
  await expect.poll(() => toast.innerText()).toContain('»Opsamling på tolkebehov« er slettet.');
  // Focus is on "Fortryd", so Enter undoes at once.
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await anna.page.screenshot({
    path: path.join(ARTIFACTS_DIR, 'structured-agenda-undo-toast.png'),
    animations: 'disabled',
  });
  await anna.page.keyboard.press('Enter');
  await expect.poll(() => agendaItems(bo.page).count()).toBe(10);
  await expect
    .poll(() => agendaItem(bo.page, 9).getByTestId('agenda-title').inputValue())
    .toBe('Opsamling på tolkebehov');
  await expect.poll(() => total(bo.page)).toMatch(/I alt\s*3 min/);
  expect(await toast.count()).toBe(0);

  await closeAll(anna, bo);
});

test('a roles cell changed in one page shows in the other, and the leader check follows', async () => {
  const [anna, bo] = await twoPeople('Roller');
  const firstRow = (page: Page) => roleRows(page).nth(0);
  const cells = (page: Page) => firstRow(page).getByTestId('role-cell');
  await expect.poll(() => firstRow(anna.page).getAttribute('data-issue')).toBe('noLeader');

  await cells(anna.page).nth(0).selectOption('leder');
  await cells(bo.page).nth(1).selectOption('bidrager');
  for (const { page } of [anna, bo]) {
    await expect.poll(() => cells(page).nth(0).inputValue()).toBe('leder');
    await expect.poll(() => cells(page).nth(1).inputValue()).toBe('bidrager');
    await expect.poll(() => firstRow(page).getAttribute('data-issue')).toBe(null);
  }

  // A second leader is flagged in both pages.
  await cells(bo.page).nth(1).selectOption('leder');
  await expect.poll(() => firstRow(anna.page).getAttribute('data-issue')).toBe('manyLeaders');
  await expect.poll(() => firstRow(anna.page).getByTestId('role-issue').innerText()).toContain('Flere ledere');
  await expect
    .poll(() => roles(anna.page).getByTestId('roles-check').innerText())
    .toMatch(/2 opgaver har mere end én leder/);

  // Tasks: edit text, add a row, reorder by keyboard.
  await roleRows(bo.page).nth(1).getByTestId('role-task').press('Control+End');
  await bo.page.keyboard.type(' og tidsplan');
  await roles(anna.page).getByTestId('roles-add').click();
  await anna.page.keyboard.type('Tolk bestilles');
  await anna.page.keyboard.press('Alt+ArrowUp');
  const expected = await tasks(anna.page);
  expect(expected[10]).toBe('Tolk bestilles');
  expect(expected[1]).toBe('Dagsordenen og tidsplan');
  await expect.poll(() => tasks(bo.page)).toEqual(expected);

  await shoot(roles(anna.page), 'structured-roles-desktop');
  await closeAll(anna, bo);
});

test('the editors stack their fields at phone width and read in English', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Telefon', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const phone = await openPage(browser, url, {
    name: 'Cai Jobcenter',
    organisation: 'jobcenter',
    viewport: { width: 390, height: 844 },
  });
  await expect.poll(() => agendaItems(phone.page).count(), { timeout: 15_000 }).toBe(9);
  await agendaItem(phone.page, 0).getByTestId('minutes').fill('5');
  await roleRows(phone.page).nth(0).getByTestId('role-cell').nth(0).selectOption('leder');

  // Nothing is wider than the screen.
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The title sits on a line of its own, above the purpose.
  const title = await agendaItem(phone.page, 0).getByTestId('agenda-title').boundingBox();
  const item = await agendaItem(phone.page, 0).boundingBox();
  expect(title && item && title.width > item.width * 0.8).toBe(true);
  await shoot(agendaItem(phone.page, 0), 'structured-agenda-phone');
  await shoot(roleRows(phone.page).nth(0), 'structured-roles-phone');
  await closeAll(phone);

  const english = await openPage(browser, url, { name: 'Dee A-kasse', organisation: 'akasse', language: 'en' });
  await expect.poll(() => agendaItems(english.page).count(), { timeout: 15_000 }).toBe(9);
  expect(await total(english.page)).toMatch(/Total\s*5 min/);
  expect(await agenda(english.page).getByTestId('agenda-untimed').innerText()).toContain('8 items have no time yet');
  expect(await agendaItem(english.page, 0).getByTestId('move-down').getAttribute('aria-label')).toBe(
    'Move "Velkomst, roller og rammer" down',
  );
  expect(await roles(english.page).getByRole('columnheader').allInnerTexts()).toEqual(
    expect.arrayContaining(['TASK', 'JOB CENTRE', 'A-KASSE', 'CITIZEN']),
  );
  await closeAll(english);
});
