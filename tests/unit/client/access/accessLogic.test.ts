import { describe, expect, test } from 'vitest';
import { accessErrorKey, deadLinkReason } from '../../../../client/access/accessErrorKey.js';
import {
  INVITE_FORM_DEFAULTS,
  invitationBody,
  inviteFormProblems,
  wholeNumberIn,
} from '../../../../client/access/inviteForm.js';
import { sortMembers } from '../../../../client/access/sortMembers.js';
import { ApiError } from '../../../../client/api/ApiError.js';
import { joinProblems } from '../../../../client/invite/validateJoin.js';
import type { Member } from '../../../../shared/api/accessApi.js';

const apiError = (code: string, status: number) =>
  new ApiError({ kind: 'client', code, status, messageKey: 'list.apiError.conflict' });

describe('accessErrorKey', () => {
  test('names the access errors people can act on', () => {
    expect(accessErrorKey(apiError('last_facilitator', 409))).toBe('access.errors.lastFacilitator');
    expect(accessErrorKey(apiError('email_taken', 409))).toBe('access.errors.emailTaken');
    expect(accessErrorKey(apiError('invitation_used_up', 410))).toBe('access.errors.invitationUsedUp');
  });

  test('falls back to the general message of the failure, also for non-API errors', () => {
    expect(accessErrorKey(apiError('something_new', 409))).toBe('list.apiError.conflict');
    expect(accessErrorKey(new TypeError('bug'))).toBe('list.apiError.invalidResponse');
  });

  test('tells dead invitation links apart from other failures', () => {
    expect(deadLinkReason(apiError('invitation_revoked', 410))).toBe('revoked');
    expect(deadLinkReason(apiError('invitation_not_found', 404))).toBe('notFound');
    expect(
      deadLinkReason(
        new ApiError({ kind: 'network', code: 'network_error', status: null, messageKey: 'list.apiError.network' }),
      ),
    ).toBeNull();
  });
});

describe('invite form', () => {
  test('accepts only whole numbers within the range', () => {
    expect(wholeNumberIn('14', 1, 90)).toBe(14);
    expect(wholeNumberIn(' 7 ', 1, 90)).toBe(7);
    for (const text of ['', '0', '91', '3.5', '-1', 'abc', '1e2']) expect(wholeNumberIn(text, 1, 90)).toBeNull();
  });

  test('needs an organisation: a chosen one, or the name of a new one', () => {
    expect(inviteFormProblems(INVITE_FORM_DEFAULTS)).toEqual({ organisation: 'access.invite.problem.organisation' });
    expect(inviteFormProblems({ ...INVITE_FORM_DEFAULTS, organisationId: 'org-1' })).toEqual({});
    expect(inviteFormProblems({ ...INVITE_FORM_DEFAULTS, organisationMode: 'new', newName: '  ' })).toHaveProperty(
      'organisation',
    );
  });

  test('checks days and uses against the server limits', () => {
    const values = { ...INVITE_FORM_DEFAULTS, organisationId: 'org-1', expiresInDays: '91', maxUses: '501' };
    expect(inviteFormProblems(values)).toEqual({
      expiresInDays: 'access.invite.problem.range',
      maxUses: 'access.invite.problem.range',
    });
  });

  test('builds the request body for an existing or a new organisation', () => {
    expect(invitationBody({ ...INVITE_FORM_DEFAULTS, organisationId: 'org-1', maxUses: '5' })).toEqual({
      role: 'editor',
      organisation: { id: 'org-1' },
      expiresInDays: 14,
      maxUses: 5,
    });
    const fresh = { ...INVITE_FORM_DEFAULTS, organisationMode: 'new' as const, newName: ' Klippeø A-kasse ' };
    expect(invitationBody({ ...fresh, role: 'reader' }).organisation).toEqual({
      name: 'Klippeø A-kasse',
      kind: 'akasse',
    });
  });
});

describe('sortMembers', () => {
  const member = (displayName: string, role: Member['role']): Member => ({
    userId: displayName,
    displayName,
    email: null,
    organisation: { id: 'o', name: 'O', kind: 'kommune' },
    role,
    addedAt: '2026-01-01T00:00:00.000Z',
  });

  test('lists facilitators, then editors, then readers, by name in Danish order', () => {
    const sorted = sortMembers([
      member('Åse', 'editor'),
      member('Bo', 'reader'),
      member('Ærø', 'editor'),
      member('Anna', 'editor'),
      member('Zita', 'facilitator'),
    ]);
    expect(sorted.map((m) => m.displayName)).toEqual(['Zita', 'Anna', 'Ærø', 'Åse', 'Bo']);
  });
});

describe('joinProblems', () => {
  test('a new account needs a name, a valid e-mail and a password of at least 12 characters', () => {
    expect(joinProblems({ name: '', email: 'nej', password: 'kort' }, 'signUp')).toEqual({
      name: 'access.invitePage.problem.name',
      email: 'access.invitePage.problem.email',
      password: 'access.invitePage.problem.password',
    });
    expect(joinProblems({ name: 'Karen', email: 'karen@example.dk', password: 'tolv tegn ok' }, 'signUp')).toEqual({});
  });

  test('signing in takes any non-empty password (it may predate the length rule)', () => {
    expect(joinProblems({ email: 'karen@example.dk', password: 'kort' }, 'signIn')).toEqual({});
    expect(joinProblems({ email: 'karen@example.dk', password: '' }, 'signIn')).toEqual({
      password: 'access.invitePage.problem.passwordRequired',
    });
  });
});
