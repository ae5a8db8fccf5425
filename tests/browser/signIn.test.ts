import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiCall } from '../helpers/apiCall.js';
import { launchChromium } from '../helpers/launchChromium.js';
import { openPage } from '../helpers/openPage.js';
import { waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import { startAppServer } from '../helpers/startAppServer.js';
import type { TestServer } from '../helpers/startServer.js';

// A fresh server (not appInChromium's helpers, which set it up through the API): the first run is ours.
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startAppServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const ADMIN = { name: 'Mette Holm', email: 'mette@klippeo.dk', password: 'en lang og god sætning' };
const ORGANISATION = 'Klippeø Kommune, Jobcenter';

/** Console errors, less the browser's own line for each 401 answer (expected while signed out). */
const realErrors = (errors: string[]) => errors.filter((error) => !/status of 40[13]/.test(error));

const heading = (page: Page) => page.locator('h1').innerText();

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
}

test('a fresh server asks for setup; the new administrator lands on the list, signs out and in again', async () => {
  expect((await apiCall(server.httpUrl, 'GET', '/api/auth/setup')).body).toEqual({ needed: true });
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/`, { signedIn: false });
  await expect.poll(() => heading(page)).toBe('Sæt Drejebog op');
  expect(await page.title()).toBe('Sæt Drejebog op · Drejebog');
  // The first field has the focus: the person can start typing at once.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('organization');

  // Nothing filled in: one plain Danish message per field.
  await page.getByRole('button', { name: 'Opret og log ind' }).click();
  const form = page.locator('form');
  for (const message of [
    'Skriv organisationens navn.',
    'Vælg, hvilken slags organisation I er.',
    'Skriv dit navn.',
    'Skriv din e-mailadresse.',
    'Adgangskoden skal være mindst 12 tegn.',
    'Skriv adgangskoden igen.',
  ]) {
    expect(await form.innerText()).toContain(message);
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('organization');
  expect(await page.getByLabel('Organisationens navn').getAttribute('aria-invalid')).toBe('true');

  await page.getByLabel('Organisationens navn').fill(ORGANISATION);
  await page.getByLabel('Kommune eller jobcenter').check();
  await page.getByLabel('Dit navn').fill(ADMIN.name);
  await page.getByLabel('E-mail').fill('mette@');
  await page.getByLabel('Adgangskode', { exact: true }).fill('for kort');
  await page.getByLabel('Gentag adgangskoden').fill('noget andet');
  expect(await form.innerText()).toContain('Skriv en gyldig e-mailadresse, fx navn@kommune.dk.');
  expect(await form.innerText()).toContain('Adgangskoden skal være mindst 12 tegn.');
  expect(await form.innerText()).toContain('De to adgangskoder er ikke ens.');
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Gentag adgangskoden').fill(ADMIN.password);
  // "Vis adgangskode" shows both password fields as text.
  await page.getByLabel('Vis adgangskode').check();
  expect(await page.getByLabel('Gentag adgangskoden').getAttribute('type')).toBe('text');
  expect(await form.locator('.field__error').count()).toBe(0);
  await screenshot(page, 'setup', { fullPage: false });
  await page.getByRole('button', { name: 'Opret og log ind' }).click();

  // Signed in, on the page asked for (the list), with name and organisation in the header.
  await expect.poll(() => heading(page)).toBe('Drejebøger');
  expect(new URL(page.url()).pathname).toBe('/');
  const account = page.getByTestId('account-menu');
  expect(await account.innerText()).toContain(ADMIN.name);
  expect(await account.innerText()).toContain(ORGANISATION);

  // The account menu works from the keyboard: Enter opens it on the first item, Escape closes it.
  await account.focus();
  await page.keyboard.press('Enter');
  expect(await account.getAttribute('aria-expanded')).toBe('true');
  const menu = page.getByRole('menu');
  expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Log ud', 'Log ud på alle enheder']);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Log ud');
  await screenshot(page, 'account-menu', { fullPage: false });
  await page.keyboard.press('Escape');
  expect(await account.getAttribute('aria-expanded')).toBe('false');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('account-menu');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  // Signed out: the sign-in page, at the same address.
  await expect.poll(() => heading(page)).toBe('Log ind');
  expect(await page.getByTestId('account-menu').count()).toBe(0);
  expect((await apiCall(server.httpUrl, 'GET', '/api/auth/setup')).body).toEqual({ needed: false });

  // A wrong password is refused in plain Danish; the right one opens the list again.
  await signInWith(page, ADMIN.email, 'ikke den rigtige');
  const failure = page.getByTestId('sign-in-error');
  await expect.poll(() => failure.innerText()).toBe('E-mailen eller adgangskoden er forkert. Prøv igen.');
  await screenshot(page, 'sign-in-wrong-password', { fullPage: false });
  await signInWith(page, ADMIN.email, ADMIN.password);
  await expect.poll(() => heading(page)).toBe('Drejebøger');
  expect(await page.getByTestId('account-menu').innerText()).toContain(ADMIN.name);

  // A reload keeps the session (the cookie), with no sign-in in between.
  await page.reload();
  await expect.poll(() => heading(page)).toBe('Drejebøger');
  expect(realErrors(errors)).toEqual([]);
  await context.close();
});

test('a link to a playbook opens that playbook after signing in, and an ended session returns to sign-in', async () => {
  const signedIn = await apiCall(server.httpUrl, 'POST', '/api/auth/sign-in', {
    email: ADMIN.email,
    password: ADMIN.password,
  });
  const cookie = /drejebog_session=[^;]+/.exec(signedIn.headers.get('set-cookie') ?? '')![0];
  const created = await apiCall(
    server.httpUrl,
    'POST',
    '/api/playbooks',
    { title: 'Fællessamtalen på Klippeø', templateId: 'standard' },
    { 'content-type': 'application/json', cookie },
  );
  expect(created.status).toBe(201);
  const { id } = created.body as { id: string };

  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/p/${id}`, { signedIn: false });
  await expect.poll(() => heading(page)).toBe('Log ind');
  // The sign-in page opens no collaboration socket: nothing to connect as.
  await signInWith(page, ADMIN.email, ADMIN.password);
  await waitUntilSaved(page);
  expect(new URL(page.url()).pathname).toBe(`/p/${id}`);
  expect(await page.getByTestId('playbook-title').inputValue()).toBe('Fællessamtalen på Klippeø');
  // The presence identity is the account's: its name, and "Jobcenter" for a kommune.
  await expect.poll(() => page.getByTestId('presence-list').innerText()).toMatch(/Mette Holm \(dig\)\s*Jobcenter/);

  // Ending every session (here: from another device) takes the page back to sign-in, with a note.
  const ended = await apiCall(server.httpUrl, 'POST', '/api/auth/sign-out-everywhere', undefined, { cookie });
  expect(ended.status).toBe(200);
  await expect.poll(() => heading(page)).toBe('Log ind');
  expect(await page.getByTestId('sign-in-note').innerText()).toBe('Du er blevet logget ud. Log ind igen.');
  await screenshot(page, 'sign-in-session-ended', { fullPage: false });
  await signInWith(page, ADMIN.email, ADMIN.password);
  await waitUntilSaved(page);
  expect(new URL(page.url()).pathname).toBe(`/p/${id}`);
  expect(realErrors(errors)).toEqual([]);
  await context.close();
});

test('too many wrong attempts say how many minutes to wait', async () => {
  const { page, context } = await openPage(browser, `${server.httpUrl}/`, { signedIn: false });
  await expect.poll(() => heading(page)).toBe('Log ind');
  const failure = page.getByTestId('sign-in-error');
  const attempt = (password: string) =>
    Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in')),
      signInWith(page, 'ingen@klippeo.dk', password),
    ]);
  for (let count = 1; count <= 5; count++) {
    await attempt(`forkert ${count}`);
    await expect.poll(() => failure.innerText()).toBe('E-mailen eller adgangskoden er forkert. Prøv igen.');
  }
  await attempt('forkert 6');
  await expect
    .poll(() => failure.innerText())
    .toBe('Du har prøvet for mange gange. Vent 15 minutter, og prøv så igen.');
  await screenshot(page, 'sign-in-too-many-attempts', { fullPage: false });
  await context.close();
});

test('the sign-in page in English', async () => {
  const { page, context, errors } = await openPage(browser, `${server.httpUrl}/`, {
    signedIn: false,
    language: 'en',
  });
  await expect.poll(() => heading(page)).toBe('Sign in');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.title()).toBe('Sign in · Drejebog');
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(await page.locator('form').innerText()).toContain('Enter your e-mail address.');
  expect(await page.locator('form').innerText()).toContain('Enter your password.');
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill('not the right one');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect
    .poll(() => page.getByTestId('sign-in-error').innerText())
    .toBe('The e-mail or password is wrong. Please try again.');
  await page.getByLabel('Show password').check();
  expect(await page.getByLabel('Password', { exact: true }).getAttribute('type')).toBe('text');
  await screenshot(page, 'sign-in-english', { fullPage: false });
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => heading(page)).toBe('Playbooks');
  expect(await page.getByTestId('account-menu').innerText()).toContain(ADMIN.name);
  expect(realErrors(errors)).toEqual([]);
  await context.close();
});
