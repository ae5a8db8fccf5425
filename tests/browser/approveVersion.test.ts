import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a facilitator approves a version; readers then read it, labelled, while the draft goes on', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Til godkendelse', templateId: 'standard' });
  const facilitator = await openPage(browser, `${server.httpUrl}/p/${id}`);
  const { page } = facilitator;
  await waitUntilSaved(page);
  await typeAtEndOf(page, 'purpose', 'Vi taler med én stemme.');
  await waitUntilSaved(page);

  await page.getByTestId('open-approve').click();
  const dialog = page.getByTestId('approve-dialog');
  await expect.poll(() => dialog.innerText()).toContain('Der er ikke godkendt nogen version endnu.');
  await dialog.getByTestId('approve-label').fill('1.0');
  await dialog.getByLabel('Godkendt af').fill('Styregruppen på Klippeø');
  await dialog.getByTestId('approve-submit').click();
  await expect.poll(() => dialog.getByTestId('approve-done').innerText()).toContain('Version 1.0 er godkendt.');
  expect(await dialog.getByTestId('approved-versions').innerText()).toContain(
    'Version 1.0 – godkendt af Styregruppen på Klippeø',
  );
  await screenshot(page, 'approve-version', { fullPage: false });
  await dialog.getByRole('button', { name: 'Luk' }).last().click();

  // The cover page now says approved, live.
  await expect.poll(() => page.getByTestId('playbook-status').innerText(), { timeout: 10_000 }).toContain('Godkendt');
  await typeAtEndOf(page, 'purpose', ' Et nyt forslag.');
  await waitUntilSaved(page);

  // The export menu offers the draft and the approved version; the approved file lacks the new proposal.
  await page.getByTestId('export-menu').locator('summary').click();
  const approvedMarkdown = page.getByTestId('export-approved-markdown');
  await approvedMarkdown.waitFor();
  expect(await page.getByTestId('export-menu').innerText()).toContain('Godkendt version 1.0');
  const fetched = await page.evaluate(
    async (href) => (await fetch(href)).text(),
    (await approvedMarkdown.getAttribute('href'))!,
  );
  expect(fetched).toContain('Vi taler med én stemme.');
  expect(fetched).not.toContain('Et nyt forslag.');
  const draftHref = (await page.getByTestId('export-markdown').getAttribute('href'))!;
  expect(await page.evaluate(async (href) => (await fetch(href)).text(), draftHref)).toContain('Et nyt forslag.');

  const reader = await openPage(browser, `${server.httpUrl}/p/${id}/laes`, {
    name: 'Rolf Læser',
    organisation: 'akasse',
    role: 'reader',
  });
  const label = reader.page.getByTestId('status-label');
  await expect.poll(() => label.innerText()).toContain('Godkendt version 1.0');
  expect(await label.innerText()).toContain('Der er arbejdet videre i kladden siden.');
  expect(await reader.page.locator('body').innerText()).toContain('Vi taler med én stemme.');
  expect(await reader.page.locator('body').innerText()).not.toContain('Et nyt forslag.');
  await label.getByRole('link', { name: 'Læs kladden' }).click();
  await expect.poll(() => reader.page.locator('body').innerText()).toContain('Et nyt forslag.');

  expect(facilitator.errors).toEqual([]);
  await facilitator.context.close();
  await reader.context.close();
});
