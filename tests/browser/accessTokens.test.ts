import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { apiCall } from '../helpers/apiCall.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { createPlaybook } from '../helpers/createPlaybook.js';
import { openPage } from '../helpers/openPage.js';
import { waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a facilitator mints an access token that is shown once and works, then revokes it and it stops working', async () => {
  const { id } = await createPlaybook(server.httpUrl, { title: 'Nøgler til værktøjer' });
  const { page } = await openPage(browser, `${server.httpUrl}/p/${id}`);
  await waitUntilSaved(page);

  await page.getByTestId('open-invite').click();
  const panel = page.getByTestId('members-panel');
  await panel.getByRole('tab', { name: 'Adgangsnøgler' }).click();
  await panel.getByTestId('token-label').fill('Intranettets læsevisning');
  await panel.getByTestId('token-create').click();
  const secret = await panel.getByTestId('token-secret').inputValue();
  expect(await panel.innerText()).toContain('Nøglen vises kun nu');
  expect(await panel.getByTestId('token').innerText()).toContain('Intranettets læsevisning');

  // The secret shown is the real one: a tool reads the playbook with it.
  const bearer = { authorization: `Bearer ${secret}` };
  expect((await apiCall(server.httpUrl, 'GET', `/api/playbooks/${id}`, undefined, bearer)).status).toBe(200);

  // "Lav en ny" goes back to an empty form; the secret is gone from the page.
  await panel.getByRole('button', { name: 'Lav en ny nøgle' }).click();
  expect(await panel.getByTestId('token-secret').count()).toBe(0);
  expect(await panel.getByTestId('token-label').inputValue()).toBe('');

  await panel.getByRole('button', { name: /Tilbagekald/ }).click();
  await expect.poll(() => panel.getByTestId('token').count()).toBe(0);
  expect(await panel.getByRole('status').last().innerText()).toContain('Adgangsnøglen er tilbagekaldt');
  expect((await apiCall(server.httpUrl, 'GET', `/api/playbooks/${id}`, undefined, bearer)).status).toBe(401);
});
