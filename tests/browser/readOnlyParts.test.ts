import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { addMember } from '../helpers/people.js';
import { waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('checklists, "hvis … så" cards, contacts and the cover details of a playbook are shown in their sections', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' });
  const { page, context, errors, person } = await openPage(browser, `${server.httpUrl}/p/${id}`, { name: 'Anna' });
  await waitUntilSaved(page);

  const cover = page.getByTestId('section-cover').getByTestId('metadata');
  expect(await cover.innerText()).toMatch(/Næste revision\s+15\. november 2026/);
  expect(await page.getByTestId('partners').innerText()).toContain('Håndværk og Industri A-kasse');

  const before = page.getByTestId('checklist-before');
  expect(await before.innerText()).toContain('Læs borgerens CV på Jobnet');
  expect(await page.getByTestId('checklist-rights').count()).toBe(1);

  const cards = page.getByTestId('if-then-cards');
  expect(await cards.innerText()).toMatch(/Hvis borgeren ikke møder op,\s+så ringer kommunen/);

  const contacts = page.getByTestId('contacts');
  expect(await contacts.innerText()).toContain('Team fællessamtaler');
  expect(await contacts.getByRole('link', { name: '00 00 10 01' }).getAttribute('href')).toBe('tel:00001001');

  // A template's open "hvis" cards say that the answer is still to be agreed.
  const { id: blankId } = await createPlaybook(server.httpUrl, { title: 'Standard', templateId: 'standard' });
  await addMember(server.httpUrl, blankId, person!);
  await page.goto(`${server.httpUrl}/p/${blankId}`);
  await waitUntilSaved(page);
  expect(await page.getByTestId('if-then-cards').innerText()).toContain('Ikke aftalt endnu – hvad gør vi?');
  expect(await page.getByTestId('contacts').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
