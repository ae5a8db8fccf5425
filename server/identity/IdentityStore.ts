import type { PartnerKind } from '../../shared/playbook/PartnerKind.js';

/** A value now (SQLite) or later (PostgreSQL): callers always `await`, adapters choose. */
export type MaybePromise<T> = T | Promise<T>;

/** A partner organisation; it names itself, its kind carries the meaning (see PartnerKind). */
export interface Organisation {
  id: string;
  name: string;
  kind: PartnerKind;
}

/** A person with an account. Times are epoch milliseconds. */
export interface User {
  id: string;
  /** Trimmed and lower-cased; unique. */
  email: string;
  displayName: string;
  organisationId: string;
  /** System administrator: creates organisations and people of any organisation. */
  isAdmin: boolean;
  /** Administrator of their own organisation: manages its people, nobody else's. */
  isOrganisationAdmin: boolean;
  createdAt: number;
}

/** A user with their password hash, for the password provider only; never leaves the server. */
export interface UserWithCredentials extends User {
  /** `scrypt$…` (see passwordHash.ts), or null for people who sign in through an external provider. */
  passwordHash: string | null;
}

export type NewOrganisation = Omit<Organisation, 'id'>;
export type NewUser = Omit<User, 'id' | 'createdAt' | 'isOrganisationAdmin'> & {
  passwordHash: string | null;
  /** @default false */
  isOrganisationAdmin?: boolean;
};

/** A signed-in session. Only the SHA-256 of its token is stored, so a leaked database opens no session. */
export interface StoredSession {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
}

/** Thrown when an e-mail address already has an account. */
export class EmailTakenError extends Error {
  override name = 'EmailTakenError';
}

/** Thrown when a user is created for an organisation that does not exist. */
export class UnknownOrganisationError extends Error {
  override name = 'UnknownOrganisationError';
}

/**
 * The port to the accounts database: organisations, users, sessions. Storage only; hashing, expiry and the
 * rules live in the callers, so a PostgreSQL adapter is a translation of these methods and nothing more.
 */
export interface IdentityStore {
  createOrganisation(org: NewOrganisation): MaybePromise<Organisation>;
  getOrganisation(id: string): MaybePromise<Organisation | null>;
  listOrganisations(): MaybePromise<Organisation[]>;

  /** Throws `EmailTakenError` or `UnknownOrganisationError`. */
  createUser(user: NewUser, now: number): MaybePromise<User>;
  /**
   * Creates the organisation and its administrator in one transaction, only while no user exists at all;
   * null when someone already has an account (the first-run setup must never run twice).
   */
  createFirstAdministrator(
    org: NewOrganisation,
    admin: Omit<NewUser, 'organisationId' | 'isAdmin'>,
    now: number,
  ): MaybePromise<{ organisation: Organisation; user: User } | null>;
  countUsers(): MaybePromise<number>;
  getUser(id: string): MaybePromise<User | null>;
  /** Matches after `normaliseEmail`, as `createUser` stores it. */
  findUserByEmail(email: string): MaybePromise<UserWithCredentials | null>;
  listUsers(): MaybePromise<User[]>;
  listUsersOfOrganisation(organisationId: string): MaybePromise<User[]>;
  /** Replaces a user's password hash (a stronger hash of the same password, after a sign-in). */
  setPasswordHash(userId: string, passwordHash: string): MaybePromise<void>;
  /** Deletes the account with its sessions and memberships (cascade); false when there was none. */
  deleteUser(id: string): MaybePromise<boolean>;

  createSession(session: StoredSession): MaybePromise<void>;
  getSession(tokenHash: string): MaybePromise<StoredSession | null>;
  touchSession(tokenHash: string, lastSeenAt: number): MaybePromise<void>;
  deleteSession(tokenHash: string): MaybePromise<void>;
  /** "Sign out everywhere". Returns how many sessions ended. */
  deleteSessionsOfUser(userId: string): MaybePromise<number>;
  /** Housekeeping: removes sessions last seen before `idleBefore` or created before `createdBefore`. */
  deleteExpiredSessions(idleBefore: number, createdBefore: number): MaybePromise<number>;

  /** Closes its own connection; a shared one is left to its owner. */
  close(): MaybePromise<void>;
}
