import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { owner } from '../helpers/people.js';
import { sectionEditor, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('the toolbar and its shortcuts format text, add links, and the formatting reaches the other person', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Formatering', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  const page = anna.page;
  const editor = sectionEditor(page, 'target-group');
  const toolbar = page.getByRole('toolbar', { name: 'Formatering: Målgruppe og lokale forhold' });
  // The empty section invites writing with its first prompt.
  expect(
    await editor.locator('p.is-editor-empty').evaluate((element) => getComputedStyle(element, '::before').content),
  ).toBe('"Skriv jeres fælles tekst her. Start fx med: Hvilke borgere møder vi oftest?"');

  await editor.click();
  await toolbar.getByRole('button', { name: 'Overskrift' }).click();
  await page.keyboard.type('Sæsonen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Turisme');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' fylder om sommeren.');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Punktopstilling' }).click();
  await page.keyboard.type('Fiskeri');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Færgen');
  // Ctrl+K opens the link form for the selected word; a bare domain becomes an https link.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const linkField = page.getByLabel('Linkadresse');
  await expect.poll(() => linkField.evaluate((element) => element === document.activeElement)).toBe(true);
  await linkField.fill('javascript:alert(1)');
  await linkField.press('Enter');
  expect(await page.getByRole('alert').innerText()).toContain('Skriv en webadresse');
  await linkField.fill('faergen.example');
  await linkField.press('Enter');
  await screenshot(page, 'editor-formatting', { fullPage: false });

  const expectFormatted = async (html: () => Promise<string>) => {
    await expect.poll(html).toContain('<h3>Sæsonen</h3>');
    await expect.poll(html).toContain('<strong>Turisme</strong> fylder om sommeren.');
    await expect.poll(html).toMatch(/<ul><li><p>Fiskeri<\/p><\/li><li><p><a [^>]*href="https:\/\/faergen\.example"/);
  };
  await expectFormatted(() => editor.innerHTML());
  await expectFormatted(() => sectionEditor(bo.page, 'target-group').innerHTML());

  // The toolbar is one tab stop; arrow keys move between its buttons; pressed state is announced.
  await toolbar.getByRole('button', { name: 'Fed' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Kursiv');
  await page.keyboard.press('End');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Gentag');
  expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
  expect(await toolbar.getByRole('button', { name: 'Fed' }).getAttribute('aria-keyshortcuts')).toBe('Control+B');
  await waitUntilSaved(page);
  expect(anna.errors).toEqual([]);
  expect(bo.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});

test('the title is edited in place, reaches the other person at once, and cannot be left empty', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Gammel titel', templateId: 'standard' });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);
  await waitUntilSaved(bo.page);
  const title = anna.page.getByTestId('playbook-title');

  await title.fill('Fællessamtalen på Klippeø');
  await title.press('Enter');
  await expect.poll(() => bo.page.getByTestId('playbook-title').inputValue()).toBe('Fællessamtalen på Klippeø');
  await expect.poll(() => bo.page.title()).toBe('Fællessamtalen på Klippeø · Drejebog');
  // The list of playbooks (the server's catalogue) follows the title in the document.
  await expect
    .poll(
      async () => {
        const response = await fetch(`${server.httpUrl}/api/playbooks/${id}`, {
          headers: { cookie: (await owner(server.httpUrl)).cookie },
        });
        return ((await response.json()) as { title: string }).title;
      },
      // The catalogue follows the document within a couple of seconds (debounced).
      { timeout: 5000 },
    )
    .toBe('Fællessamtalen på Klippeø');

  await title.fill('');
  await title.blur();
  await expect.poll(() => title.inputValue()).toBe('Fællessamtalen på Klippeø');
  await expect.poll(() => bo.page.getByTestId('playbook-title').inputValue()).toBe('Fællessamtalen på Klippeø');
  expect(anna.errors).toEqual([]);
  await anna.context.close();
  await bo.context.close();
});
