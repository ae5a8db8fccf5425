import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { sectionEditor, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a reader sees "Læseadgang", editors that cannot be changed, the members read-only, and no invite button', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Til læsning', templateId: 'klippeoe-kommune' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}`, {
    name: 'Rita Læser',
    organisation: 'akasse',
    role: 'reader',
  });
  await waitUntilSaved(page);

  const badge = page.getByTestId('read-only-badge');
  await expect.poll(() => badge.count()).toBe(1);
  expect(await badge.innerText()).toContain('Læseadgang');
  expect(await badge.getAttribute('aria-describedby')).toBeTruthy();
  await badge.hover();
  expect(await page.getByRole('tooltip').innerText()).toContain('ikke rette i den');
  await screenshot(page, 'reader-view', { fullPage: false });

  for (const section of ['cover', 'purpose', 'agenda']) {
    expect(await sectionEditor(page, section).getAttribute('contenteditable')).toBe('false');
  }
  expect(await page.getByTestId('playbook-title').getAttribute('readonly')).not.toBeNull();
  expect(await page.locator('.editor-toolbar').count()).toBe(0);
  expect(await page.getByTestId('open-invite').count()).toBe(0);

  // The members list is there to read, with the way out; nothing to change.
  await page.getByTestId('open-members').click();
  const panel = page.getByTestId('members-panel');
  await expect.poll(() => panel.getByTestId('member').count()).toBe(2);
  expect(await panel.getByTestId('member-role').count()).toBe(0);
  expect(await panel.getByRole('tab').count()).toBe(0);
  expect(await panel.innerText()).toContain('Forlad drejebogen');
  expect(await panel.innerText()).toContain('Kun facilitatorer');
  await screenshot(page, 'reader-view-members', { fullPage: false });

  expect(errors).toEqual([]);
  await context.close();
});
