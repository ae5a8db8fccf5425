import type { ApiError, ApiErrorMessageKey } from '../api/ApiError.js';

/** What the sign-in form says when signing in failed. */
export type SignInFailure =
  | { messageKey: 'auth.signIn.invalidCredentials' }
  | { messageKey: 'auth.signIn.tooManyAttempts'; minutes: number }
  | { messageKey: 'auth.errors.emailInvalid' }
  | { messageKey: ApiErrorMessageKey };

/** Minutes the server's sign-in limit lasts when it does not say (docs/API.md: 15 minutes). */
export const DEFAULT_SIGN_IN_WAIT_MINUTES = 15;

/**
 * Turns a failed sign-in into plain words: wrong e-mail or password, too many attempts (with the whole
 * minutes to wait, rounded up, at least one), an address the server could not read, or the general
 * explanation of the failure (no connection, server error).
 */
export function signInFailure(error: ApiError): SignInFailure {
  if (error.status === 401) return { messageKey: 'auth.signIn.invalidCredentials' };
  if (error.status === 429) {
    const seconds = error.retryAfterSeconds;
    const minutes = seconds === null ? DEFAULT_SIGN_IN_WAIT_MINUTES : Math.max(1, Math.ceil(seconds / 60));
    return { messageKey: 'auth.signIn.tooManyAttempts', minutes };
  }
  if (error.status === 400) return { messageKey: 'auth.errors.emailInvalid' };
  return { messageKey: error.messageKey };
}
