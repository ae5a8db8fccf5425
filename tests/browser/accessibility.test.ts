import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appInChromium } from '../helpers/appInChromium.js';
import { coursePages } from '../helpers/coursePages.js';
import { openPage } from '../helpers/openPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

/** WCAG 2.1 A and AA, the level Danish public-sector websites and apps must meet (webtilgængelighedsloven). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violationsOn(page: Page, name: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map(
    (v) =>
      `${name}: ${v.id} (${v.impact}) ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

test('every page meets WCAG 2.1 AA as far as axe can tell, on a laptop and on a phone', async () => {
  const url = server.httpUrl;
  const { courseId, playbookId, group, pages } = await coursePages(url, {
    title: 'Tilgængelighed på Klippeø',
    participantName: 'Jette Jobcenter',
  });
  const found: string[] = [];
  for (const viewport of [
    { width: 1280, height: 860 },
    { width: 360, height: 740 },
  ]) {
    const { page, context } = await openPage(browser, `${url}/`, { viewport });
    for (const [name, path] of pages) {
      await page.goto(`${url}${path}`);
      await page.locator('main').first().waitFor();
      await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => {});
      found.push(...(await violationsOn(page, `${name} @${viewport.width}`)));
    }
    await context.close();
  }
  // Dialogs, open: inviting to a playbook, the course's settings, the workshop controls.
  {
    const { page, context } = await openPage(browser, `${url}/p/${playbookId}`);
    await page.getByRole('button', { name: 'Invitér' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await violationsOn(page, 'invite dialog')));
    await page.goto(`${url}/forloeb/${courseId}`);
    await page.getByRole('button', { name: 'Forløbets oplysninger' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await violationsOn(page, 'course settings dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Styr workshoppen' }).click();
    await page.getByLabel('Besked til alle').waitFor();
    found.push(...(await violationsOn(page, 'workshop controls')));
    await context.close();
  }
  // A participant's own views: the group room and the group's working space.
  {
    const { page, context } = await openPage(browser, `${url}/forloeb/${courseId}/gruppe/${group.id}`, {
      name: 'Jette Jobcenter',
      organisation: 'jobcenter',
    });
    await page.locator('main').first().waitFor();
    found.push(...(await violationsOn(page, 'group room (participant)')));
    await page.goto(`${url}/p/${group.playbookId}`);
    await page.locator('main').first().waitFor();
    found.push(...(await violationsOn(page, 'working space (participant)')));
    await context.close();
  }
  // Signed out: the sign-in page, and a reading link opened without a session (401 with a way to sign in).
  const anonymous = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await anonymous.newPage();
  for (const [name, path] of [
    ['sign-in', '/'],
    ['reader signed out', `/p/${playbookId}/laes`],
  ] as const) {
    await page.goto(`${url}${path}`);
    await page.locator('main').first().waitFor();
    found.push(...(await violationsOn(page, `${name} @360`)));
  }
  await anonymous.close();
  expect(found).toEqual([]);
});
