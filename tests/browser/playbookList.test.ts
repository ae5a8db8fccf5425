import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { playbookSummarySchema, type PlaybookSummary } from '../../shared/api/playbooksApi.js';
import { launchChromium } from '../helpers/launchChromium.js';
import { openPage } from '../helpers/openPage.js';
import { owner } from '../helpers/people.js';
import { screenshot } from '../helpers/screenshot.js';
import { startAppServer } from '../helpers/startAppServer.js';
import type { TestServer } from '../helpers/startServer.js';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startAppServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Calls the playbook API directly, to set up or check what the page did. */
async function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<PlaybookSummary> {
  const response = await fetch(`${server.httpUrl}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', cookie: (await owner(server.httpUrl)).cookie },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status}`).toBe(true);
  return playbookSummarySchema.parse(await response.json());
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName) : null;
  });

/** Waits for the element's CSS animations and transitions to finish, so a screenshot shows the end state. */
const settled = (locator: Locator) =>
  locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

const listTitles = (page: Page) => page.locator('.pb-card__title').allInnerTexts();

test('creates a playbook from the standard template, finds it by a word with ø, renames, archives with undo and opens it', async () => {
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/`);
  expect(await page.locator('h1').innerText()).toBe('Drejebøger');

  // No playbooks yet: the empty state explains what a drejebog is and offers to create the first one.
  const empty = page.getByRole('region', { name: 'Skriv jeres første drejebog' });
  await expect.poll(() => empty.isVisible()).toBe(true);
  expect(await empty.innerText()).toContain('En drejebog er jeres fælles aftale om fællessamtalen');
  await screenshot(page, 'list-empty-desktop');
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, 'list-empty-phone');
  await page.setViewportSize({ width: 1280, height: 860 });

  // The dialog is labelled, takes focus, keeps Tab inside, and Esc closes it with focus back on the opener.
  const newButton = page.getByRole('button', { name: 'Ny drejebog', exact: true });
  await newButton.click();
  const dialog = page.getByRole('dialog', { name: 'Ny drejebog' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const titleField = dialog.getByRole('textbox', { name: 'Titel' });
  expect(await titleField.evaluate((el) => el === document.activeElement)).toBe(true);
  const standard = dialog.getByRole('radio', { name: 'Drejebog for fællessamtalen', exact: true });
  await expect.poll(() => standard.isChecked()).toBe(true);
  expect(await dialog.getByRole('radio', { name: 'Tom drejebog' }).isChecked()).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Luk');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Opret drejebog');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Luk');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await newButton.evaluate((el) => el === document.activeElement)).toBe(true);

  // An empty title is refused with a message; a valid one creates the playbook and opens it.
  await newButton.click();
  await dialog.getByRole('button', { name: 'Opret drejebog' }).click();
  expect(await dialog.getByRole('alert').innerText()).toBe('Giv drejebogen en titel.');
  expect(await titleField.getAttribute('aria-invalid')).toBe('true');
  await titleField.fill('Fællessamtaler på Klippeø');
  await screenshot(page, 'list-new-dialog-desktop');
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/p\/[a-z0-9_-]+$/);
  const id = decodeURIComponent(new URL(page.url()).pathname.slice('/p/'.length));
  const created = await api(`/playbooks/${id}`);
  expect(created).toMatchObject({ title: 'Fællessamtaler på Klippeø', templateId: 'standard', archivedAt: null });

  // A second playbook, so that the search has something to leave out.
  const other = await api('/playbooks', {
    method: 'POST',
    body: { title: 'Videosamtaler i Nordby', templateId: null },
  });
  await page.goBack();
  await expect.poll(() => listTitles(page)).toHaveLength(2);
  expect(await page.locator('.pb-card').first().innerText()).toMatch(/Kladde/);
  expect(await page.getByText('Ændret nu').count()).toBe(2);

  // Search by title as you type, with Danish letters; the search is kept in the address.
  const search = page.getByRole('searchbox', { name: 'Søg efter titel' });
  await search.fill('klippeø');
  await expect.poll(() => listTitles(page)).toEqual(['Fællessamtaler på Klippeø']);
  expect(await page.locator('.list-toolbar__count').innerText()).toBe('1 drejebog matcher »klippeø«');
  expect(new URL(page.url()).searchParams.get('q')).toBe('klippeø');
  await screenshot(page, 'list-search-desktop');
  await search.fill('Bornholm');
  await expect.poll(() => page.getByRole('heading', { name: 'Ingen drejebøger matcher »Bornholm«' }).count()).toBe(1);
  await search.press('Escape');
  await expect.poll(() => listTitles(page)).toHaveLength(2);

  // Rename by keyboard from the row menu: Enter opens it, arrow down to "Omdøb", type, Enter saves.
  await page.getByRole('button', { name: 'Handlinger for Fællessamtaler på Klippeø' }).focus();
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('Åbn');
  await screenshot(page, 'list-menu-open-desktop');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('Omdøb');
  await page.keyboard.press('Enter');
  const renameField = page.getByRole('textbox', { name: 'Ny titel' });
  expect(await renameField.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Backspace'); // the old title is selected, so this empties the field
  await page.keyboard.press('Enter');
  expect(await page.getByRole('alert').innerText()).toBe('Giv drejebogen en titel.');
  await page.keyboard.type('Fællessamtaler på Klippeø 2026');
  await screenshot(page, 'list-rename-desktop');
  await page.keyboard.press('Enter');
  const renamedLink = page.getByRole('link', { name: 'Fællessamtaler på Klippeø 2026' });
  await expect.poll(() => renamedLink.count()).toBe(1);
  await expect.poll(() => renamedLink.evaluate((el) => el === document.activeElement)).toBe(true);
  await screenshot(page, 'list-keyboard-focus-desktop');
  expect((await api(`/playbooks/${id}`)).title).toBe('Fællessamtaler på Klippeø 2026');

  // Archive from the menu: the row goes, a message offers to undo (and has focus), undo brings it back.
  await page.getByRole('button', { name: 'Handlinger for Fællessamtaler på Klippeø 2026' }).click();
  await page.getByRole('menuitem', { name: 'Arkivér' }).click();
  await expect.poll(() => renamedLink.count()).toBe(0);
  const toast = page.getByTestId('toast');
  expect(await toast.innerText()).toContain('Drejebogen er arkiveret.');
  await expect.poll(() => focused(page)).toBe('Fortryd');
  expect((await api(`/playbooks/${id}`)).archivedAt).not.toBeNull();
  await settled(toast);
  await screenshot(page, 'list-archived-toast-desktop');
  await page.keyboard.press('Enter');
  await expect.poll(() => renamedLink.count()).toBe(1);
  await expect.poll(() => toast.count()).toBe(0);
  await expect.poll(() => renamedLink.evaluate((el) => el === document.activeElement)).toBe(true);
  expect((await api(`/playbooks/${id}`)).archivedAt).toBeNull();

  // Archived playbooks appear with the switch, marked as such, and can be restored.
  await api(`/playbooks/${other.id}/archive`, { method: 'POST' });
  await page.reload();
  await expect.poll(() => listTitles(page)).toEqual(['Fællessamtaler på Klippeø 2026']);
  await page.getByRole('switch', { name: 'Vis arkiverede' }).check();
  await expect.poll(() => listTitles(page)).toHaveLength(2);
  const archivedRow = page.locator('.pb-card', { hasText: 'Videosamtaler i Nordby' });
  expect(await archivedRow.innerText()).toContain('Arkiveret');
  expect(new URL(page.url()).searchParams.get('archived')).toBe('include');
  await settled(page.locator('.list-toolbar'));
  await screenshot(page, 'list-with-archived-desktop');
  await page.getByRole('button', { name: 'Handlinger for Videosamtaler i Nordby' }).click();
  await page.getByRole('menuitem', { name: 'Gendan' }).click();
  await expect.poll(() => toast.innerText()).toContain('Drejebogen er gendannet.');
  await expect.poll(() => archivedRow.innerText()).not.toContain('Arkiveret');
  expect((await api(`/playbooks/${other.id}`)).archivedAt).toBeNull();

  // At phone width everything is still there and reachable.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.getByRole('button', { name: 'Luk beskeden' }).click();
  await screenshot(page, 'list-phone');
  await newButton.click();
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await screenshot(page, 'list-new-dialog-phone');
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  expect(errors).toEqual([]);

  // Open: the title is a link to the playbook.
  await page.setViewportSize({ width: 1280, height: 860 });
  await renamedLink.click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/p/${id}`);
  // The editor reads the title from the document itself, so this also shows the rename reached it.
  await expect.poll(() => page.title()).toBe('Fællessamtaler på Klippeø 2026 · Drejebog');
  await context.close();
});

test('a failed load says so in plain Danish and retries; the list speaks English after the switch', async () => {
  await api('/playbooks', { method: 'POST', body: { title: 'Drejebog for Østervig', templateId: 'standard' } });
  const { page, context } = await openPage(browser, `${server.httpUrl}/`);
  await expect.poll(() => page.locator('.pb-card').count()).toBeGreaterThan(0);

  // A slow answer shows placeholder rows, announced as loading.
  let releaseList = () => {};
  const listHeld = new Promise<void>((resolve) => (releaseList = resolve));
  await page.route('**/api/playbooks?*', async (route) => {
    await listHeld;
    await route.continue();
  });
  await page.reload();
  const loading = page.getByTestId('list-loading');
  await expect.poll(() => loading.isVisible()).toBe(true);
  expect(await loading.getAttribute('role')).toBe('status');
  await screenshot(page, 'list-loading-desktop');
  releaseList();
  await expect.poll(() => loading.count()).toBe(0);
  await page.unroute('**/api/playbooks?*');

  // The server answers 500 to the next list request (a search).
  await page.route('**/api/playbooks?*', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'internal_error', message: 'Internal error' }),
    }),
  );
  await page.getByRole('searchbox', { name: 'Søg efter titel' }).fill('Østervig');
  const failure = page.getByRole('alert');
  await expect.poll(() => failure.innerText()).toContain('Drejebøgerne kunne ikke hentes');
  expect(await failure.innerText()).toContain('Der skete en fejl på serveren. Prøv igen om lidt.');
  await screenshot(page, 'list-load-error-desktop');
  await page.unroute('**/api/playbooks?*');
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await expect.poll(() => listTitles(page)).toEqual(['Drejebog for Østervig']);

  await page.getByRole('button', { name: 'Switch the language to English' }).click();
  await expect.poll(() => page.locator('h1').innerText()).toBe('Playbooks');
  expect(await page.locator('.list-toolbar__count').innerText()).toBe('1 playbook matches “Østervig”');
  expect(await page.locator('.pb-card').innerText()).toContain('Draft');
  // The templates are offered by their English names too (their content stays Danish).
  await page.getByRole('button', { name: 'New playbook' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.innerText()).toContain('Playbook for the joint interview by video');
  expect(await dialog.innerText()).toContain('seasonal workers');
  await context.close();
});
