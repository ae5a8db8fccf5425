import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { editorText } from '../helpers/editorText.js';
import { openPage } from '../helpers/openPage.js';
import { sectionEditor, typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test("undo takes back only your own typing, never the other person's, with the keys and the toolbar", async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Fortryd', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);

  await typeAtEndOf(anna.page, 'purpose', 'Annas afsnit om formålet.');
  await expect.poll(() => editorText(bo.page, 'purpose')).toBe('Annas afsnit om formålet.');
  await typeAtEndOf(bo.page, 'purpose', 'Bos tilføjelse.', true);
  const both = 'Annas afsnit om formålet.\nBos tilføjelse.';
  await expect.poll(() => editorText(anna.page, 'purpose')).toBe(both);

  // Anna's Ctrl+Z: her sentence goes, Bo's (the newest change in the document) stays, on both pages.
  await sectionEditor(anna.page, 'purpose').press('Control+z');
  for (const person of [anna, bo]) {
    await expect.poll(() => editorText(person.page, 'purpose')).toBe('\nBos tilføjelse.');
  }
  // Pressing it again has nothing more of Anna's to undo: Bo's text is still there.
  await sectionEditor(anna.page, 'purpose').press('Control+z');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await editorText(bo.page, 'purpose')).toBe('\nBos tilføjelse.');

  // The toolbar's redo brings Anna's sentence back.
  const annaToolbar = anna.page.getByRole('toolbar', { name: 'Formatering: Formål og fælles ståsted' });
  await annaToolbar.getByRole('button', { name: 'Gentag' }).click();
  for (const person of [anna, bo]) await expect.poll(() => editorText(person.page, 'purpose')).toBe(both);

  // Bo's toolbar undo takes back his line only.
  const boToolbar = bo.page.getByRole('toolbar', { name: 'Formatering: Formål og fælles ståsted' });
  await boToolbar.getByRole('button', { name: 'Fortryd din seneste ændring' }).click();
  for (const person of [anna, bo]) {
    await expect.poll(() => editorText(person.page, 'purpose')).toBe('Annas afsnit om formålet.');
  }
  // Undo is per section: nothing Bo wrote elsewhere was touched, and the section Anna never edited is empty.
  expect(await editorText(anna.page, 'goals')).toBe('');
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);
  expect(anna.errors).toEqual([]);
  expect(bo.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});
