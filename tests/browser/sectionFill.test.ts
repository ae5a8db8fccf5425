import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { navFill, sectionEditor, typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

// 45 words: above the 40 from which text alone makes a section "filled".
const LONG_TEXT =
  'Vi følger op på samarbejdet hvert halve år i styregruppen. Vi ser på rettidighed, på hvor ofte ' +
  'a-kassen deltager, og på hvad borgerne siger om samtalen bagefter. Tallene kommer fra de systemer, ' +
  'vi allerede har, og vi skriver beslutningerne ned her, så alle kan se, hvad vi har aftalt.';

test("a section's fill state follows what the others write, live: empty, started, filled and back", async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Udfyldning', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);

  // From the template: the agenda has items (started), "Mål og opfølgning" has nothing yet (empty).
  expect(await navFill(anna.page, 'agenda')).toBe('started');
  expect(await navFill(anna.page, 'goals')).toBe('empty');
  const progress = anna.page.getByTestId('fill-progress');
  expect(await progress.innerText()).toBe('0 af 13 afsnit udfyldt');

  await typeAtEndOf(bo.page, 'goals', 'Vi mødes hvert halve år.');
  await expect.poll(() => navFill(anna.page, 'goals')).toBe('started');
  expect(await anna.page.getByTestId('section-goals').locator('.pb-section__eyebrow').innerText()).toContain(
    'Påbegyndt',
  );

  await typeAtEndOf(bo.page, 'goals', LONG_TEXT, true);
  await expect.poll(() => navFill(anna.page, 'goals')).toBe('filled');
  await expect.poll(() => progress.innerText()).toBe('1 af 13 afsnit udfyldt');

  // Everything deleted again: the section is empty for both.
  await sectionEditor(bo.page, 'goals').press('Control+a');
  await sectionEditor(bo.page, 'goals').press('Backspace');
  await expect.poll(() => navFill(anna.page, 'goals')).toBe('empty');
  await expect.poll(() => navFill(bo.page, 'goals')).toBe('empty');
  expect(await progress.innerText()).toBe('0 af 13 afsnit udfyldt');

  // On a phone the same states are in the section picker.
  await anna.page.setViewportSize({ width: 390, height: 844 });
  const options = await anna.page.locator('.section-select option').allInnerTexts();
  expect(options).toHaveLength(13);
  expect(options[5]).toMatch(/^5\. Dagsorden for samtalen – Påbegyndt/);
  expect(options[11]).toMatch(/^11\. Mål og opfølgning på samarbejdet – Tom/);

  expect(anna.errors).toEqual([]);
  expect(bo.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});
