import { expect, test } from 'vitest';
import { roleRowLeaderIssue } from '../../../../client/structured/roleRowLeaderIssue.js';

test('a task with exactly one leader has no issue, whoever leads it', () => {
  expect(roleRowLeaderIssue({ jobcenter: 'leder', akasse: 'bidrager', borger: 'informeres' })).toBeNull();
  expect(roleRowLeaderIssue({ jobcenter: null, akasse: 'leder', borger: null })).toBeNull();
  expect(roleRowLeaderIssue({ jobcenter: 'informeres', akasse: 'bidrager', borger: 'leder' })).toBeNull();
});

test('flags a task that nobody leads', () => {
  expect(roleRowLeaderIssue({ jobcenter: null, akasse: null, borger: null })).toBe('noLeader');
  expect(roleRowLeaderIssue({ jobcenter: 'bidrager', akasse: 'bidrager', borger: 'informeres' })).toBe('noLeader');
});

test('flags a task that more than one party leads', () => {
  expect(roleRowLeaderIssue({ jobcenter: 'leder', akasse: 'leder', borger: null })).toBe('manyLeaders');
  expect(roleRowLeaderIssue({ jobcenter: 'leder', akasse: 'leder', borger: 'leder' })).toBe('manyLeaders');
});
