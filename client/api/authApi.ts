import { z } from 'zod';
import { meSchema, setupStatusSchema, type Me, type SetupBody, type SignInBody } from '../../shared/api/authApi.js';
import { apiRequest } from './apiClient.js';

const noBody = z.undefined();
const signOutEverywhereSchema = z.object({ endedSessions: z.number().int().nonnegative() });

/** The signed-in person and their organisation; an ApiError with status 401 when nobody is signed in. */
export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest('/api/auth/me', { schema: meSchema, signal });
}

/** True while no account exists yet, so the first administrator must be created. */
export async function fetchSetupNeeded(signal?: AbortSignal): Promise<boolean> {
  const { needed } = await apiRequest('/api/auth/setup', { schema: setupStatusSchema, signal });
  return needed;
}

/** Creates the first organisation and its administrator, and signs them in. */
export function setUp(body: SetupBody): Promise<Me> {
  return apiRequest('/api/auth/setup', { method: 'POST', body, schema: meSchema });
}

/** Signs in; `invalid_credentials` (401) and `too_many_attempts` (429, with `retryAfterSeconds`) are ApiErrors. */
export function signIn(body: SignInBody): Promise<Me> {
  return apiRequest('/api/auth/sign-in', { method: 'POST', body, schema: meSchema });
}

/** Ends this browser's session. */
export async function signOut(): Promise<void> {
  await apiRequest('/api/auth/sign-out', { method: 'POST', schema: noBody });
}

/** Ends every session of the signed-in person, on every device; returns how many ended. */
export async function signOutEverywhere(): Promise<number> {
  const { endedSessions } = await apiRequest('/api/auth/sign-out-everywhere', {
    method: 'POST',
    schema: signOutEverywhereSchema,
  });
  return endedSessions;
}
