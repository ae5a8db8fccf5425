import { createContext, useContext } from 'react';
import type { Me } from '../../shared/api/authApi.js';

/** The account of the person at this browser, and what they can do with it. */
export interface AccountContextValue {
  /** Who is signed in; null only on pages that work without an account (an invitation link). */
  me: Me | null;
  /** Ends this browser's session and shows the sign-in page. Rejects with an ApiError when it failed. */
  signOut: () => Promise<void>;
  /** Ends the person's sessions on every device and shows the sign-in page. Rejects with an ApiError. */
  signOutEverywhere: () => Promise<void>;
  /** Asks the server again who is signed in (after a change of name, say). */
  refresh: () => Promise<void>;
  /** Takes a sign-in that happened elsewhere in the app (accepting an invitation) into account. */
  signedIn: (me: Me) => void;
}

/** Provided by `AuthGate`. */
export const AccountContext = createContext<AccountContextValue | null>(null);

/** The account, whether or not someone is signed in; null outside `AuthGate`. */
export function useMaybeAccount(): AccountContextValue | null {
  return useContext(AccountContext);
}

/** The signed-in account. Only for pages behind the sign-in (every page except the invitation). */
export function useAccount(): AccountContextValue & { me: Me } {
  const account = useContext(AccountContext);
  if (!account?.me) throw new Error('useAccount() needs a signed-in person: render the page inside AuthGate');
  return { ...account, me: account.me };
}
