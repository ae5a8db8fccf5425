import { expect, test } from 'vitest';
import { ApiError, type ApiErrorFields } from '../../../../client/api/ApiError.js';
import { DEFAULT_SIGN_IN_WAIT_MINUTES, signInFailure } from '../../../../client/auth/signInFailure.js';
import { da, en } from '../../../../client/i18n/resources.js';

const failed = (fields: Partial<ApiErrorFields>) =>
  new ApiError({ kind: 'client', code: 'x', status: 400, messageKey: 'list.apiError.client', ...fields });

test('a wrong e-mail or password says so, without telling which', () => {
  expect(signInFailure(failed({ status: 401, code: 'invalid_credentials' }))).toEqual({
    messageKey: 'auth.signIn.invalidCredentials',
  });
});

test('too many attempts says how many whole minutes to wait, rounded up, at least one', () => {
  const wait = (retryAfterSeconds: number | null) =>
    signInFailure(failed({ status: 429, code: 'too_many_attempts', retryAfterSeconds }));
  expect(wait(897)).toEqual({ messageKey: 'auth.signIn.tooManyAttempts', minutes: 15 });
  expect(wait(60)).toEqual({ messageKey: 'auth.signIn.tooManyAttempts', minutes: 1 });
  expect(wait(61)).toEqual({ messageKey: 'auth.signIn.tooManyAttempts', minutes: 2 });
  expect(wait(3)).toEqual({ messageKey: 'auth.signIn.tooManyAttempts', minutes: 1 });
  expect(wait(null)).toEqual({ messageKey: 'auth.signIn.tooManyAttempts', minutes: DEFAULT_SIGN_IN_WAIT_MINUTES });
});

test('an address the server cannot read, and failures without an answer, get their own plain words', () => {
  expect(signInFailure(failed({ status: 400, code: 'invalid_request' }))).toEqual({
    messageKey: 'auth.errors.emailInvalid',
  });
  expect(
    signInFailure(
      failed({ kind: 'network', status: null, code: 'network_error', messageKey: 'list.apiError.network' }),
    ),
  ).toEqual({ messageKey: 'list.apiError.network' });
  expect(signInFailure(failed({ kind: 'server', status: 500, messageKey: 'list.apiError.server' }))).toEqual({
    messageKey: 'list.apiError.server',
  });
});

test('the wait is said with the right plural in both languages', () => {
  expect(da.auth.signIn.tooManyAttempts_one).toContain('{{count}} minut,');
  expect(da.auth.signIn.tooManyAttempts_other).toContain('{{count}} minutter');
  expect(en.auth.signIn.tooManyAttempts_one).toContain('{{count}} minute,');
  expect(en.auth.signIn.tooManyAttempts_other).toContain('{{count}} minutes');
});
