import { expect, test } from 'vitest';
import { parseRoute } from '../../../client/routing/parseRoute.js';

test('maps the start page, playbooks, invalid ids and unknown paths', () => {
  expect(parseRoute('/')).toEqual({ page: 'start' });
  expect(parseRoute('/p/faelles-samtale_1')).toEqual({ page: 'playbook', playbookId: 'faelles-samtale_1' });
  expect(parseRoute('/p/faelles/')).toEqual({ page: 'playbook', playbookId: 'faelles' });
  expect(parseRoute('/p/')).toEqual({ page: 'invalidPlaybook' });
  expect(parseRoute('/p/ikke.gyldigt')).toEqual({ page: 'invalidPlaybook' });
  expect(parseRoute('/p/%C3%A6%C3%B8%C3%A5')).toEqual({ page: 'invalidPlaybook' });
  expect(parseRoute('/p/%E0%A4%A')).toEqual({ page: 'invalidPlaybook' });
  expect(parseRoute(`/p/${'a'.repeat(65)}`)).toEqual({ page: 'invalidPlaybook' });
  expect(parseRoute('/andet')).toEqual({ page: 'notFound' });
});
