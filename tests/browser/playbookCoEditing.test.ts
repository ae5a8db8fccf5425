import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { editorText } from '../helpers/editorText.js';
import { openPage } from '../helpers/openPage.js';
import { sectionEditor, typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('two people type into the agenda section at the same time and both end with the same text', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Fællessamtalen i Nordby', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);
  // The playbook the server seeded: title in the header, the template's rule basis, every section.
  expect(await anna.page.getByTestId('playbook-title').inputValue()).toBe('Fællessamtalen i Nordby');
  expect(await anna.page.getByTestId('rule-basis').innerText()).toContain('gældende fra 1. juli 2026');
  expect(await anna.page.locator('section.pb-section').count()).toBe(13);

  await sectionEditor(anna.page, 'agenda').click();
  await sectionEditor(bo.page, 'agenda').click();
  // Both type at once, each in their own paragraph, without waiting for the other.
  await Promise.all([
    anna.page.keyboard.type('Jobcentret byder velkommen og præsenterer rollerne.', { delay: 15 }),
    (async () => {
      await bo.page.keyboard.press('Enter');
      await bo.page.keyboard.type('A-kassen tager rådighed og økonomi.', { delay: 15 });
    })(),
  ]);
  await typeAtEndOf(anna.page, 'agenda', 'Borgeren sætter dagsordenen først.', true);

  for (const person of [anna, bo]) {
    const text = () => editorText(person.page, 'agenda');
    await expect.poll(text, { timeout: 10_000 }).toContain('Jobcentret byder velkommen og præsenterer rollerne.');
    await expect.poll(text).toContain('A-kassen tager rådighed og økonomi.');
    await expect.poll(text).toContain('Borgeren sætter dagsordenen først.');
  }
  await expect
    .poll(async () => (await editorText(anna.page, 'agenda')) === (await editorText(bo.page, 'agenda')))
    .toBe(true);
  // Nothing leaked into another section's fragment.
  expect(await editorText(anna.page, 'roles')).toBe('');
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);

  expect(anna.errors).toEqual([]);
  expect(bo.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});

test("each sees who is here, from which organisation, in which section, and the other one's labelled caret", async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);

  await typeAtEndOf(bo.page, 'before', ' Bo skriver her.');
  const annaPresence = anna.page.getByTestId('presence-list');
  await expect.poll(() => annaPresence.innerText()).toContain('Bo A-kasse');
  expect(await annaPresence.innerText()).toMatch(/Anna Jobcenter \(dig\)/);
  // Bo's organisation and the section he is working in.
  await expect.poll(() => annaPresence.innerText()).toMatch(/A-kasse · i 4\. Før samtalen/);
  // The section navigation shows Bo in "Før samtalen", and his caret is drawn there in an a-kasse colour.
  const navBefore = anna.page.getByTestId('section-nav').locator('a[data-section="before"]');
  await expect.poll(() => navBefore.innerText()).toContain('BA');
  const label = sectionEditor(anna.page, 'before').locator('.collaboration-carets__label');
  await expect.poll(() => label.allInnerTexts()).toEqual(['Bo A-kasse']);
  const labelColour = await label.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(['rgb(180, 83, 9)', 'rgb(194, 65, 12)', 'rgb(154, 52, 18)', 'rgb(146, 64, 14)', 'rgb(163, 65, 15)']).toContain(
    labelColour,
  );

  // Anna moves to the agenda; Bo sees her there.
  await typeAtEndOf(anna.page, 'agenda', ' Anna her.');
  await expect.poll(() => bo.page.getByTestId('presence-list').innerText()).toMatch(/Jobcenter · i 5\. Dagsorden/);
  await expect
    .poll(() => bo.page.getByTestId('section-nav').locator('a[data-section="agenda"]').innerText())
    .toContain('AJ');

  // What a person sees: the top of the page, and a section with the other person's caret in it.
  const scrollToBefore = () =>
    anna.page.getByTestId('section-before').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await anna.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(anna.page, 'editor-desktop-top', { fullPage: false });
  await scrollToBefore();
  await screenshot(anna.page, 'editor-desktop-section', { fullPage: false });
  await anna.page.setViewportSize({ width: 390, height: 844 });
  await anna.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(anna.page, 'editor-phone-top', { fullPage: false });
  await scrollToBefore();
  await screenshot(anna.page, 'editor-phone-section', { fullPage: false });

  expect(anna.errors).toEqual([]);
  expect(bo.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});
