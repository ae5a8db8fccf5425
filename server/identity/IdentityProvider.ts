import type { MaybePromise } from './IdentityStore.js';

/** Who a provider found the person to be: an existing account, and how they proved it. */
export interface VerifiedIdentity {
  userId: string;
  /** The provider's `id` ('password', later e.g. 'oidc:kombit' or 'saml:context-handler'), for the log. */
  method: string;
}

/**
 * One way of proving who someone is. The password provider checks an e-mail and password; an OIDC or SAML
 * provider will check an assertion from the person's own IdP (KOMBIT Context Handler for municipal staff,
 * MitID Erhverv for a-kasser, see domain.md d6/d7). Each turns its own proof into a `VerifiedIdentity`;
 * sessions, and everything after them, never see how the person was verified.
 */
export interface IdentityProvider<Credentials> {
  readonly id: string;
  /** The identity, or null when the proof does not hold. Never says which part was wrong. */
  verify(credentials: Credentials): MaybePromise<VerifiedIdentity | null>;
}
