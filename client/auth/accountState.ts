import type { Me } from '../../shared/api/authApi.js';
import type { ApiError } from '../api/ApiError.js';

/** Why the sign-in page shows up, when it is worth a sentence. */
export type SignedOutNote = 'sessionEnded' | 'signedOutEverywhere' | 'alreadySetUp';

/** Where the browser stands with the server's accounts. */
export type AccountState =
  | { kind: 'loading' }
  /** The server could not say who we are (no connection, a server error): offer to try again. */
  | { kind: 'failed'; error: ApiError }
  /** Nobody is signed in; `setupNeeded` while the server has no account at all (first run). */
  | { kind: 'signedOut'; setupNeeded: boolean; note: SignedOutNote | null }
  | { kind: 'signedIn'; me: Me };

export type AccountEvent =
  | { type: 'loading' }
  | { type: 'failed'; error: ApiError }
  | { type: 'signedOut'; setupNeeded?: boolean; note?: SignedOutNote | null }
  | { type: 'signedIn'; me: Me }
  /** An API call answered 401, or the collaboration socket closed with 4401. */
  | { type: 'sessionEnded' };

export const initialAccountState: AccountState = { kind: 'loading' };

/**
 * The next account state. A reported session end only matters while signed in: the 401 of a page that
 * works without an account (an invitation) or a late answer after signing out must not show a note.
 */
export function accountReducer(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'loading':
      return { kind: 'loading' };
    case 'failed':
      return { kind: 'failed', error: event.error };
    case 'signedOut':
      return { kind: 'signedOut', setupNeeded: event.setupNeeded ?? false, note: event.note ?? null };
    case 'signedIn':
      return { kind: 'signedIn', me: event.me };
    case 'sessionEnded':
      return state.kind === 'signedIn' ? { kind: 'signedOut', setupNeeded: false, note: 'sessionEnded' } : state;
  }
}
