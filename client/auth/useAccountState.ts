import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { Me } from '../../shared/api/authApi.js';
import { toApiError } from '../api/ApiError.js';
import { fetchMe, fetchSetupNeeded, signOut, signOutEverywhere } from '../api/authApi.js';
import { discardLocalCopies } from '../collab/discardLocalCopies.js';
import type { AccountContextValue } from './AccountContext.js';
import {
  accountReducer,
  initialAccountState,
  type AccountEvent,
  type AccountState,
  type SignedOutNote,
} from './accountState.js';
import { onSessionSignal } from './sessionEnded.js';

/** Who is signed in, asked of the server: `me`, or (after a 401) whether the first-run setup is needed. */
async function whoAmI(signal?: AbortSignal): Promise<AccountEvent> {
  try {
    return { type: 'signedIn', me: await fetchMe(signal) };
  } catch (error: unknown) {
    if (signal?.aborted) throw error;
    const apiError = toApiError(error);
    if (apiError.status !== 401) return { type: 'failed', error: apiError };
  }
  try {
    return { type: 'signedOut', setupNeeded: await fetchSetupNeeded(signal) };
  } catch (error: unknown) {
    if (signal?.aborted) throw error;
    return { type: 'failed', error: toApiError(error) };
  }
}

/** False only when the server says nobody is signed in; any other failure proves nothing. */
async function stillSignedIn(): Promise<boolean> {
  try {
    await fetchMe();
    return true;
  } catch (error: unknown) {
    return toApiError(error).status !== 401;
  }
}

/**
 * The account state of this browser: loaded from the server on mount, back to signed out when a request or
 * the collaboration socket reports that the session ended. `value` is what `AccountContext` provides;
 * `retry` asks the server again after a failed load; `showSignIn` shows the sign-in page with a note.
 */
export function useAccountState(): {
  state: AccountState;
  value: AccountContextValue;
  retry: () => void;
  showSignIn: (note: SignedOutNote) => void;
} {
  const [state, dispatch] = useReducer(accountReducer, initialAccountState);

  useEffect(() => {
    const controller = new AbortController();
    whoAmI(controller.signal).then(dispatch, () => {
      // reason: aborted by unmounting (StrictMode's trial unmount); the next mount asks again.
    });
    return () => controller.abort();
  }, []);

  useEffect(
    () =>
      onSessionSignal((signal) => {
        // Nobody is left to ask about unsaved changes: only the copies holding none are deleted.
        const ended = () => {
          dispatch({ type: 'sessionEnded' });
          void discardLocalCopies(null, 'saved');
        };
        if (signal === 'ended') ended();
        else void stillSignedIn().then((yes) => yes || ended());
      }),
    [],
  );

  const refresh = useCallback(async () => dispatch(await whoAmI()), []);
  const retry = useCallback(() => {
    dispatch({ type: 'loading' });
    void refresh();
  }, [refresh]);

  const showSignIn = useCallback((note: SignedOutNote) => dispatch({ type: 'signedOut', note }), []);

  const me = state.kind === 'signedIn' ? state.me : null;
  const value = useMemo<AccountContextValue>(
    () => ({
      me,
      refresh,
      // The account menu asked before signing out with unsaved changes, so every copy of this account goes.
      signOut: async () => {
        await signOut();
        dispatch({ type: 'signedOut' });
        void discardLocalCopies(me?.user.id ?? null, 'all');
      },
      signOutEverywhere: async () => {
        await signOutEverywhere();
        dispatch({ type: 'signedOut', note: 'signedOutEverywhere' });
        void discardLocalCopies(me?.user.id ?? null, 'all');
      },
      signedIn: (next: Me) => dispatch({ type: 'signedIn', me: next }),
    }),
    [me, refresh],
  );
  return { state, value, retry, showSignIn };
}
