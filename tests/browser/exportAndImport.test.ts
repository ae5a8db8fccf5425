import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a reader finds the export menu in the playbook header, and its links download the playbook', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Eksport på Ærø', templateId: 'standard' });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}`, {
    name: 'Rasmus Læser',
    role: 'reader',
  });
  await page.getByTestId('export-menu').locator('summary').click();
  const links = { 'export-markdown': 'md', 'export-word': 'docx', 'export-pdf': 'pdf' };
  for (const [testId, extension] of Object.entries(links)) {
    const link = page.getByTestId(testId);
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`/api/playbooks/${id}/export.${extension}`);
    expect(await link.getAttribute('download')).toBe('');
  }
  const download = page.waitForEvent('download');
  await page.getByTestId('export-markdown').click();
  expect((await download).suggestedFilename()).toBe('Eksport-paa-Aeroe.md');
  expect(errors).toEqual([]);
  await context.close();
});

test('»Importér Markdown« on the list creates a playbook from a file and opens it', async () => {
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/`);
  await page.getByTestId('import-markdown').waitFor();
  await page.getByTestId('import-markdown-file').setInputFiles({
    name: 'drejebog.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Importeret fra fil\n\n## Formål og fælles ståsted\n\nVi taler med én stemme.\n'),
  });
  await page.waitForURL(/\/p\/drejebog-[a-z0-9]+$/);
  await expect.poll(() => page.getByTestId('playbook-title').first().inputValue()).toContain('Importeret fra fil');
  expect(errors).toEqual([]);
  await context.close();
});
