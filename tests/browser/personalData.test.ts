import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { editorText } from '../helpers/editorText.js';
import { openPage } from '../helpers/openPage.js';
import { sectionEditor, typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';
import { storedText } from '../helpers/storedText.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a CPR number typed or pasted into a section never reaches the shared playbook, and the writer is told why', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Persondata', templateId: null });
  const url = `${server.httpUrl}/p/${id}`;
  const anna = await openPage(browser, url, { name: 'Anna Jobcenter', organisation: 'jobcenter' });
  const bo = await openPage(browser, url, { name: 'Bo A-kasse', organisation: 'akasse' });
  await waitUntilSaved(anna.page);

  await typeAtEndOf(anna.page, 'before', 'Borgeren med nummer 010190-1234 skal have tid.');
  await expect.poll(() => editorText(anna.page, 'before')).toBe('Borgeren med nummer  skal have tid.');
  await expect(anna.page.getByTestId('personal-data-note-before').textContent()).resolves.toContain('CPR-nummer');
  await expect.poll(() => editorText(bo.page, 'before')).toBe('Borgeren med nummer  skal have tid.');

  // Pasted text is cleaned the same way.
  await sectionEditor(anna.page, 'after').click();
  await anna.page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Ring til 2505851234 i morgen.');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect.poll(() => editorText(bo.page, 'after')).toBe('Ring til  i morgen.');

  await waitUntilSaved(anna.page);
  for (const section of ['before', 'after']) {
    const stored = await storedText(server.app.store, id, `section:${section}`);
    expect(stored).toMatch(/Borgeren|Ring til/);
    expect(stored).not.toMatch(/010190|2505851234/);
  }
  // The title, written to the shared metadata as you type, is cleaned too.
  const title = anna.page.getByTestId('playbook-title');
  await title.click();
  await title.press('End');
  await anna.page.keyboard.type(' for 0101901234');
  await expect(anna.page.getByTestId('personal-data-note-title').textContent()).resolves.toContain('CPR-nummer');
  await expect.poll(() => bo.page.getByTestId('playbook-title').inputValue()).toBe('Persondata for ');
  await title.press('Enter');

  // Another person's ordinary digits (a phone number) are left alone.
  await typeAtEndOf(bo.page, 'practicalities', 'Telefon 56 92 00 00.');
  await expect.poll(() => editorText(anna.page, 'practicalities')).toBe('Telefon 56 92 00 00.');
  await anna.context.close();
  await bo.context.close();
});
