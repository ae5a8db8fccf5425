import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('prompts one person hides are hidden for the other too, per section and all at once', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Spørgsmål', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Facilitator', organisation: 'anden' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);
  const visible = (page: typeof anna.page, section: string) =>
    page.getByTestId(`prompts-${section}`).getAttribute('data-visible');

  // The template shows every section's "Spørgsmål til drøftelse".
  const annaAgenda = anna.page.getByTestId('prompts-agenda');
  expect(await annaAgenda.innerText()).toContain('Hvad skal borgeren have ud af hvert punkt?');
  expect(await visible(bo.page, 'agenda')).toBe('true');

  await annaAgenda.getByRole('button', { name: 'Skjul spørgsmål' }).click();
  await expect.poll(() => visible(bo.page, 'agenda')).toBe('false');
  expect(await bo.page.getByTestId('prompts-agenda').innerText()).toContain(
    '5 spørgsmål til drøftelse er skjult for alle.',
  );
  expect(await visible(bo.page, 'roles')).toBe('true');

  // Bo shows them again; Anna sees them back.
  await bo.page.getByTestId('prompts-agenda').getByRole('button', { name: 'Vis spørgsmål' }).click();
  await expect.poll(() => visible(anna.page, 'agenda')).toBe('true');

  // The facilitator hides every section's prompts in one go, as the template's dialogue boxes could be.
  await anna.page.getByRole('button', { name: 'Skjul alle spørgsmål' }).click();
  for (const section of ['cover', 'agenda', 'roles', 'learning-log']) {
    await expect.poll(() => visible(bo.page, section)).toBe('false');
  }
  await expect.poll(() => bo.page.getByRole('button', { name: 'Vis alle spørgsmål' }).count()).toBe(1);
  // Hidden prompts stay hidden for someone who opens the playbook later.
  const later = await openPage(browser, url, { name: 'Cecilie Jobcenter' });
  await waitUntilSaved(later.page);
  expect(await visible(later.page, 'purpose')).toBe('false');
  await screenshot(bo.page, 'editor-prompts-hidden', { fullPage: false });

  for (const person of [anna, bo, later]) {
    expect(person.errors).toEqual([]);
    await person.context.close();
  }
});
