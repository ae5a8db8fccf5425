import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { editorText } from '../helpers/editorText.js';
import { openPage } from '../helpers/openPage.js';
import { ownerCall } from '../helpers/people.js';
import { sectionEditor, typeAtEndOf, waitUntilSaved } from '../helpers/playbookPage.js';
import { screenshot } from '../helpers/screenshot.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

/** Creates an invitation in the open members panel's invitation tab and returns the link it shows. */
async function createInvitation(
  page: Page,
  options: { role: 'editor' | 'reader'; organisation: { newName: string; kind: string } | { existing: string } },
): Promise<string> {
  const panel = page.getByTestId('members-panel');
  await panel.getByTestId('invite-role').selectOption(options.role);
  if ('newName' in options.organisation) {
    await panel.getByTestId('invite-new-organisation').check();
    await panel.getByTestId('invite-new-name').fill(options.organisation.newName);
    await panel.getByTestId('invite-new-kind').selectOption(options.organisation.kind);
  } else {
    await panel.getByLabel('En organisation, der allerede er oprettet').check();
    await panel.getByTestId('invite-organisation').selectOption({ label: options.organisation.existing });
  }
  await panel.getByTestId('invite-create').click();
  const link = await panel.getByTestId('invite-link').inputValue();
  expect(await panel.innerText()).toContain('Linket vises kun nu');
  return link;
}

test('a facilitator invites a new a-kasse colleague who signs up, writes, is made reader, and is removed; a revoked link says so', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Fællessamtaler på Klippeø' });
  const url = `${server.httpUrl}/p/${id}`;
  const facilitator = await openPage(browser, url);
  await waitUntilSaved(facilitator.page);

  // The facilitator creates a link for a new organisation, and sees the whole address to send.
  await facilitator.page.getByTestId('open-invite').click();
  const link = await createInvitation(facilitator.page, {
    role: 'editor',
    organisation: { newName: 'Klippeø A-kasse', kind: 'akasse' },
  });
  expect(link).toMatch(new RegExp(`^${server.httpUrl}/invite/[A-Za-z0-9_-]{16,}$`));
  await screenshot(facilitator.page, 'invite-flow-link', { fullPage: false });

  // The invitee opens it without an account, sees what it is, and signs up.
  const invitee = await openPage(browser, link, { signedIn: false });
  const invitePage = invitee.page.getByTestId('invite-page');
  expect(await invitee.page.getByTestId('invite-title').innerText()).toContain('Fællessamtaler på Klippeø');
  const facts = await invitee.page.getByTestId('invitation-facts').innerText();
  expect(facts).toContain('Redaktør');
  expect(facts).toContain('Klippeø A-kasse');
  expect(facts).toContain('Facilitator Test');
  await screenshot(invitee.page, 'invite-flow-preview');
  await invitePage.getByTestId('join-name').fill('Karen Kyst');
  await invitePage.getByTestId('join-email').fill('karen.kyst@klippeoe-akasse.example');
  await invitePage.getByTestId('join-password').fill('kort');
  await invitePage.getByTestId('join-submit').click();
  expect(await invitePage.innerText()).toContain('mindst 12 tegn');
  await invitePage.getByTestId('join-password').fill('mange ord er en god adgangskode');
  await invitePage.getByTestId('join-submit').click();

  // She lands in the playbook and writes; the facilitator sees it live.
  await invitee.page.waitForURL(url);
  await waitUntilSaved(invitee.page);
  expect(await invitee.page.getByTestId('read-only-badge').count()).toBe(0);
  await typeAtEndOf(invitee.page, 'purpose', 'A-kassen er med fra start.');
  await expect.poll(() => editorText(facilitator.page, 'purpose')).toContain('A-kassen er med fra start.');

  // The facilitator sees her in the members list, with her organisation.
  const panel = facilitator.page.getByTestId('members-panel');
  await panel.getByTestId('members-tab-members').click();
  const karen = panel.getByTestId('member').filter({ hasText: 'Karen Kyst' });
  const row = await karen.innerText();
  expect(row).toContain('Klippeø A-kasse');
  expect(row).toContain('A-kasse');
  expect(await karen.locator('[data-kind]').getAttribute('data-kind')).toBe('akasse');
  await screenshot(facilitator.page, 'invite-flow-members', { fullPage: false });

  // Made reader: her page follows without a reload.
  await karen.getByTestId('member-role').selectOption('reader');
  await expect.poll(() => invitee.page.getByTestId('read-only-badge').count(), { timeout: 10_000 }).toBe(1);
  expect(await invitee.page.getByTestId('read-only-badge').innerText()).toContain('Læseadgang');
  await expect.poll(() => sectionEditor(invitee.page, 'purpose').getAttribute('contenteditable')).toBe('false');
  expect(await invitee.page.getByTestId('playbook-title').getAttribute('readonly')).not.toBeNull();
  await invitee.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(invitee.page, 'invite-flow-reader', { fullPage: false });

  // Removed: her page says her access was removed while she had it open.
  await karen.getByRole('button', { name: 'Fjern Karen Kyst fra drejebogen' }).click();
  await karen.getByRole('button', { name: 'Ja, fjern' }).click();
  await expect.poll(() => karen.count()).toBe(0);
  await expect
    .poll(() => invitee.page.getByTestId('stopped-notice').textContent(), { timeout: 10_000 })
    .toContain('Din adgang til denne drejebog blev fjernet, mens du havde den åben');
  await invitee.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(invitee.page, 'invite-flow-removed', { fullPage: false });

  // A second link, revoked: opening it explains that it was withdrawn.
  await panel.getByTestId('members-tab-invitations').click();
  const second = await createInvitation(facilitator.page, {
    role: 'reader',
    organisation: { existing: 'Klippeø A-kasse (A-kasse)' },
  });
  const open = panel.getByTestId('invitation');
  await expect.poll(() => open.count()).toBe(1);
  await open.getByTestId('invitation-revoke').click();
  await expect.poll(() => open.count()).toBe(0);
  const stranger = await openPage(browser, second, { signedIn: false });
  expect(await stranger.page.getByTestId('invite-dead').innerText()).toContain('trukket tilbage');
  await screenshot(stranger.page, 'invite-flow-revoked', { fullPage: false });

  expect(facilitator.errors).toEqual([]);
  for (const opened of [facilitator, invitee, stranger]) await opened.context.close();
});

test('someone with an account who tries to sign up again is told to sign in, and joins by signing in', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Til dem med konto' });
  const organisations = await ownerCall(server.httpUrl, 'GET', '/api/organisations');
  const own = (organisations.body as { organisations: Array<{ id: string; kind: string }> }).organisations[0]!;
  const account = { email: 'bo.konto@test.example', displayName: 'Bo Konto', password: 'en lang adgangskode til bo' };
  const created = await ownerCall(server.httpUrl, 'POST', `/api/organisations/${own.id}/users`, account);
  expect(created.status).toBe(201);
  const invitation = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/invitations`, {
    role: 'reader',
    organisation: { id: own.id },
  });
  const link = `${server.httpUrl}${(invitation.body as { path: string }).path}`;

  const { page, context, errors } = await openPage(browser, link, { signedIn: false });
  await page.getByTestId('join-name').fill('Bo Konto');
  await page.getByTestId('join-email').fill(account.email);
  await page.getByTestId('join-password').fill('en helt ny adgangskode');
  await page.getByTestId('join-submit').click();
  expect(await page.getByTestId('join-error').innerText()).toContain('Der findes allerede en konto');
  // The form now signs in, with the address kept.
  expect(await page.getByTestId('join-name').count()).toBe(0);
  expect(await page.getByTestId('join-email').inputValue()).toBe(account.email);
  await page.getByTestId('join-password').fill('forkert adgangskode');
  await page.getByTestId('join-submit').click();
  await expect.poll(() => page.getByTestId('join-error').innerText()).toMatch(/forkert/i);
  await page.getByTestId('join-password').fill(account.password);
  await page.getByTestId('join-submit').click();
  await page.waitForURL(`${server.httpUrl}/p/${id}`);
  await waitUntilSaved(page);
  expect(await page.getByTestId('read-only-badge').innerText()).toContain('Læseadgang');
  // The link was for one person: opened again, it says it has been used.
  await page.goto(link);
  expect(await page.getByTestId('invite-dead').innerText()).toContain('allerede brugt');
  // The browser logs the refusals this test provokes (401 before signing in, 409, 401, 410); nothing else.
  expect(errors.filter((e) => !/Failed to load resource: .* (401|409|410)/.test(e))).toEqual([]);
  await context.close();
});
