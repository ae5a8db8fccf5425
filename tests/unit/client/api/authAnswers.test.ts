import { afterEach, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../../client/api/ApiError.js';
import { apiRequest } from '../../../../client/api/apiClient.js';
import { onSessionSignal, type SessionSignal } from '../../../../client/auth/sessionEnded.js';

const anySchema = z.unknown();

function stubAnswer(status: number, body: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal('fetch', () =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } }),
    ),
  );
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

let unsubscribe: (() => void) | undefined;
function heardSignals(): SessionSignal[] {
  const heard: SessionSignal[] = [];
  unsubscribe = onSessionSignal((signal) => heard.push(signal));
  return heard;
}

afterEach(() => {
  unsubscribe?.();
  vi.unstubAllGlobals();
});

test('a 401 from a playbook route reports that the session ended', async () => {
  const heard = heardSignals();
  stubAnswer(401, { code: 'not_signed_in', message: 'Sign in first.' });
  const error = await failure(apiRequest('/api/playbooks', { schema: anySchema }));
  expect(error.code).toBe('not_signed_in');
  expect(heard).toEqual(['ended']);
});

test('a 401 from the sign-in routes themselves is an answer, not an ended session', async () => {
  const heard = heardSignals();
  stubAnswer(401, { code: 'invalid_credentials', message: 'Wrong e-mail or password.' });
  await failure(apiRequest('/api/auth/sign-in', { method: 'POST', body: {}, schema: anySchema }));
  await failure(apiRequest('/api/auth/me', { schema: anySchema }));
  expect(heard).toEqual([]);
});

test("a 429 keeps the server's code and says how long to wait, from Retry-After", async () => {
  stubAnswer(
    429,
    { code: 'too_many_attempts', message: 'Too many failed sign-ins.', retryAfterSeconds: 897 },
    { 'retry-after': '897' },
  );
  const error = await failure(apiRequest('/api/auth/sign-in', { method: 'POST', body: {}, schema: anySchema }));
  expect(error).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 897 });
});

test('an error without Retry-After has no wait', async () => {
  stubAnswer(500, { code: 'internal_error', message: 'Oops.' });
  const error = await failure(apiRequest('/api/playbooks', { schema: anySchema }));
  expect(error.retryAfterSeconds).toBeNull();
});
