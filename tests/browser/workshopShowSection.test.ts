import { expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { appInChromium } from '../helpers/appInChromium.js';
import { openPage } from '../helpers/openPage.js';
import { poll, sectionInView } from '../helpers/workshopPage.js';
import { addMember, ownerCall, personNamed } from '../helpers/people.js';
import { waitUntilSaved } from '../helpers/playbookPage.js';
import type { TestServer } from '../helpers/startServer.js';

let server: TestServer;
let browser: Browser;

appInChromium((started, chromium) => {
  server = started;
  browser = chromium;
});

test('a facilitator on the course page shows a section to everyone, and stops it again', async () => {
  const url = server.httpUrl;
  const created = await ownerCall(url, 'POST', '/api/courses', {
    title: 'Vis afsnit på Klippeø',
    templateId: 'standard',
  });
  const { course } = courseOverviewSchema.parse(created.body);
  const jette = await personNamed(url, 'Jette Jobcenter', 'jobcenter');
  await addMember(url, course.playbookId, jette, 'editor');
  const grouped = courseOverviewSchema.parse(
    (await ownerCall(url, 'POST', `/api/courses/${course.id}/groups`, { name: 'Gruppe A' })).body,
  );
  const group = grouped.groups[0]!;
  await ownerCall(url, 'PUT', `/api/courses/${course.id}/groups/${group.id}/members`, { userIds: [jette.userId] });

  // The facilitator stays on the course page (no playbook to lead through); Jette works in her group's space.
  const facilitator = await openPage(browser, `${url}/forloeb/${course.id}`);
  const participant = await openPage(browser, `${url}/p/${group.playbookId}`, {
    name: 'Jette Jobcenter',
    organisation: 'jobcenter',
  });
  await waitUntilSaved(participant.page);
  const bar = facilitator.page.getByTestId('workshop-bar');
  await poll(() => bar.getAttribute('data-connection')).toBe('online');
  await bar.getByRole('button', { name: 'Styr workshoppen' }).click();
  await facilitator.page.getByLabel('Vis et afsnit for alle').selectOption('roles');
  await facilitator.page.getByRole('button', { name: 'Vis for alle' }).click();

  await poll(() => sectionInView(participant.page)).toBe('roles');
  await poll(() => participant.page.getByTestId('workshop-follow').innerText()).toContain('Du følger Facilitator Test');
  await poll(() => facilitator.page.getByTestId('workshop-follow').innerText()).toMatch(
    /Facilitator Test viser \d+\. /,
  );

  await facilitator.page.getByRole('button', { name: 'Stop Følg mig' }).click();
  await poll(() => participant.page.getByTestId('workshop-follow').innerText()).not.toContain('Du følger');

  expect(facilitator.errors).toEqual([]);
  expect(participant.errors).toEqual([]);
  for (const opened of [facilitator, participant]) await opened.context.close();
});
