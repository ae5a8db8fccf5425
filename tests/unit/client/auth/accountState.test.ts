import { expect, test } from 'vitest';
import type { Me } from '../../../../shared/api/authApi.js';
import { ApiError } from '../../../../client/api/ApiError.js';
import { accountReducer, initialAccountState, type AccountState } from '../../../../client/auth/accountState.js';

const me: Me = {
  user: {
    id: 'u1',
    email: 'mette@klippeo.dk',
    displayName: 'Mette Holm',
    organisationId: 'o1',
    isAdmin: true,
    isOrganisationAdmin: true,
    createdAt: '2026-11-22T12:30:00.000Z',
  },
  organisation: { id: 'o1', name: 'Klippeø Kommune', kind: 'kommune' },
};

const signedIn: AccountState = { kind: 'signedIn', me };

test('starts loading, and the server answer decides: signed in, setup needed, or sign-in', () => {
  expect(initialAccountState).toEqual({ kind: 'loading' });
  expect(accountReducer(initialAccountState, { type: 'signedIn', me })).toEqual(signedIn);
  expect(accountReducer(initialAccountState, { type: 'signedOut', setupNeeded: true })).toEqual({
    kind: 'signedOut',
    setupNeeded: true,
    note: null,
  });
  expect(accountReducer(initialAccountState, { type: 'signedOut', setupNeeded: false })).toEqual({
    kind: 'signedOut',
    setupNeeded: false,
    note: null,
  });
});

test('a reported session end sends a signed-in person to sign-in with a note', () => {
  expect(accountReducer(signedIn, { type: 'sessionEnded' })).toEqual({
    kind: 'signedOut',
    setupNeeded: false,
    note: 'sessionEnded',
  });
});

test('a reported session end changes nothing when nobody was signed in (an invitation page, a late answer)', () => {
  const states: AccountState[] = [
    { kind: 'loading' },
    { kind: 'signedOut', setupNeeded: false, note: 'signedOutEverywhere' },
    { kind: 'signedOut', setupNeeded: true, note: null },
    {
      kind: 'failed',
      error: new ApiError({
        kind: 'network',
        code: 'network_error',
        status: null,
        messageKey: 'list.apiError.network',
      }),
    },
  ];
  for (const state of states) expect(accountReducer(state, { type: 'sessionEnded' })).toBe(state);
});

test('signing out everywhere shows its own note; signing out here shows none', () => {
  expect(accountReducer(signedIn, { type: 'signedOut', note: 'signedOutEverywhere' })).toEqual({
    kind: 'signedOut',
    setupNeeded: false,
    note: 'signedOutEverywhere',
  });
  expect(accountReducer(signedIn, { type: 'signedOut' })).toEqual({
    kind: 'signedOut',
    setupNeeded: false,
    note: null,
  });
});
