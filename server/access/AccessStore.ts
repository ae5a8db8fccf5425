import type { PlaybookRole, TokenRole } from '../../shared/access/playbookRole.js';
import type { MaybePromise } from '../storage/DocumentStore.js';

/** A person's place in one playbook. Times are epoch milliseconds. */
export interface Membership {
  playbookId: string;
  userId: string;
  role: PlaybookRole;
  addedAt: number;
}

/** An invitation link. Only the SHA-256 of its secret is stored. */
export interface StoredInvitation {
  id: string;
  secretHash: string;
  playbookId: string;
  role: PlaybookRole;
  /** The organisation a person who signs up with the link joins. */
  organisationId: string;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  maxUses: number;
  uses: number;
  revokedAt: number | null;
}

/** An access token for tools and integrations: one playbook, one role. Only its secret's SHA-256 is stored. */
export interface StoredAccessToken {
  id: string;
  secretHash: string;
  playbookId: string;
  label: string;
  role: TokenRole;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

/** Why an invitation could not be used. */
export type RedeemRefusal = 'unknown' | 'expired' | 'revoked' | 'used_up';

/**
 * The port to who-may-do-what storage: playbook members, invitations and access tokens. Storage only; the
 * rules (who may invite, the last facilitator, expiry) live in AccessService, so a PostgreSQL adapter is a
 * translation of these methods. Memberships go with their user (deleting an account removes them).
 */
export interface AccessStore {
  getRole(playbookId: string, userId: string): MaybePromise<PlaybookRole | null>;
  /** Every playbook the user is a member of, with their role. */
  rolesOfUser(userId: string): MaybePromise<Map<string, PlaybookRole>>;
  listMembers(playbookId: string): MaybePromise<Membership[]>;
  /** Adds the member or changes their role. */
  setMember(membership: Membership): MaybePromise<void>;
  removeMember(playbookId: string, userId: string): MaybePromise<boolean>;

  createInvitation(invitation: StoredInvitation): MaybePromise<void>;
  getInvitation(id: string): MaybePromise<StoredInvitation | null>;
  findInvitationBySecret(secretHash: string): MaybePromise<StoredInvitation | null>;
  listInvitations(playbookId: string): MaybePromise<StoredInvitation[]>;
  revokeInvitation(id: string, now: number): MaybePromise<boolean>;
  /**
   * Uses the invitation once and makes `userId` a member, atomically: never more joins than `maxUses`, even
   * when people accept at the same moment. The member keeps a higher role they already had.
   */
  redeemInvitation(
    id: string,
    userId: string,
    now: number,
  ): MaybePromise<{ ok: true; role: PlaybookRole } | { ok: false; reason: RedeemRefusal }>;

  createToken(token: StoredAccessToken): MaybePromise<void>;
  findTokenBySecret(secretHash: string): MaybePromise<StoredAccessToken | null>;
  listTokens(playbookId: string): MaybePromise<StoredAccessToken[]>;
  revokeToken(id: string, now: number): MaybePromise<boolean>;
  getToken(id: string): MaybePromise<StoredAccessToken | null>;

  close(): MaybePromise<void>;
}
