import crypto from 'node:crypto';
import type { Invitation, AccessToken, Member } from '../../shared/api/accessApi.js';
import { higherRole, type PlaybookRole, type TokenRole } from '../../shared/access/playbookRole.js';
import { HttpError } from '../http/HttpError.js';
import type { IdentityStore, Organisation, User } from '../identity/IdentityStore.js';
import type { AccessStore, RedeemRefusal, StoredAccessToken, StoredInvitation } from './AccessStore.js';
import { invitationRefusal } from './SqliteAccessStore.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const SECRET_BYTES = 32;
/** Access tokens start with this, so a leaked one is recognisable in logs, tickets and secret scanners. */
export const ACCESS_TOKEN_PREFIX = 'dbt_';

/** Who is asking: a signed-in person, or a tool holding an access token for one playbook. */
export type Caller = { kind: 'user'; user: User } | { kind: 'token'; token: StoredAccessToken };

/**
 * A change of someone's rights that open connections must feel at once: `removed` ends their connections
 * to the playbook (or to every playbook, when `playbookId` is null), `signedOut` ends them because their
 * sessions ended (signed out everywhere, account deleted), `roleChanged` makes them reconnect with the new
 * role. `subject` is the user or token id (Principal.subject).
 */
export interface AccessChange {
  playbookId: string | null;
  subject: string;
  effect: AccessEffect;
}

export type AccessEffect = 'removed' | 'signedOut' | 'roleChanged';

/** Secrets go to the holder once; the database keeps their SHA-256 (256 random bits need no salt). */
export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('base64url');
}

function newSecret(prefix = ''): string {
  return prefix + crypto.randomBytes(SECRET_BYTES).toString('base64url');
}

const iso = (ms: number) => new Date(ms).toISOString();

const REFUSAL_ANSWERS: Record<RedeemRefusal, HttpError> = {
  unknown: new HttpError(404, 'invitation_not_found', 'This invitation link does not exist. Ask for a new one.'),
  expired: new HttpError(410, 'invitation_expired', 'This invitation has expired. Ask for a new one.'),
  revoked: new HttpError(410, 'invitation_revoked', 'This invitation was withdrawn. Ask for a new one.'),
  used_up: new HttpError(410, 'invitation_used_up', 'This invitation has been used as often as allowed.'),
};

/**
 * The rules of who may do what in a playbook, over the access and identity stores: roles of callers,
 * members, invitations and tokens. Changes that must reach open connections are announced to `onChange`
 * listeners (the collaboration server closes or renews the affected sockets).
 */
export class AccessService {
  private readonly listeners = new Set<(change: AccessChange) => void>();

  constructor(
    private readonly access: AccessStore,
    private readonly identity: IdentityStore,
    private readonly now: () => number = Date.now,
  ) {}

  onChange(listener: (change: AccessChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Announces a change to every listener (also for changes made elsewhere, such as deleting an account). */
  announce(change: AccessChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** The token a secret stands for while it is valid (not expired, not revoked); null otherwise. */
  async tokenFromSecret(secret: string): Promise<StoredAccessToken | null> {
    if (!secret.startsWith(ACCESS_TOKEN_PREFIX) || secret.length > 128) return null;
    const token = await this.access.findTokenBySecret(hashSecret(secret));
    if (!token || token.revokedAt !== null || token.expiresAt <= this.now()) return null;
    return token;
  }

  /** The caller's role in a playbook, or null when they have none. A token has a role only in its own. */
  async roleOf(caller: Caller, playbookId: string): Promise<PlaybookRole | null> {
    if (caller.kind === 'token') return caller.token.playbookId === playbookId ? caller.token.role : null;
    return this.access.getRole(playbookId, caller.user.id);
  }

  /** Every playbook a person is a member of, with their role. */
  async rolesOfUser(userId: string): Promise<Map<string, PlaybookRole>> {
    return this.access.rolesOfUser(userId);
  }

  /** The creator of a playbook becomes its first facilitator. */
  async addCreator(playbookId: string, userId: string): Promise<void> {
    await this.access.setMember({ playbookId, userId, role: 'facilitator', addedAt: this.now() });
  }

  /**
   * Gives a person at least `role` in a playbook (courses make group members editors of their group's
   * working space); a higher role they already have stays. Open connections renew on a changed role.
   */
  async grantRole(playbookId: string, userId: string, role: PlaybookRole): Promise<void> {
    const current = await this.access.getRole(playbookId, userId);
    const next = current ? higherRole(current, role) : role;
    if (next === current) return;
    await this.access.setMember({ playbookId, userId, role: next, addedAt: this.now() });
    if (current) this.announce({ playbookId, subject: userId, effect: 'roleChanged' });
  }

  async members(playbookId: string, showEmail: boolean): Promise<Member[]> {
    const memberships = await this.access.listMembers(playbookId);
    const organisations = new Map<string, Organisation | null>();
    const members: Member[] = [];
    for (const membership of memberships) {
      const user = await this.identity.getUser(membership.userId);
      if (!user) continue;
      if (!organisations.has(user.organisationId)) {
        organisations.set(user.organisationId, await this.identity.getOrganisation(user.organisationId));
      }
      const organisation = organisations.get(user.organisationId);
      if (!organisation) continue;
      members.push({
        userId: user.id,
        displayName: user.displayName,
        email: showEmail ? user.email : null,
        organisation,
        role: membership.role,
        addedAt: iso(membership.addedAt),
      });
    }
    return members;
  }

  /** Changes a member's role; a playbook always keeps at least one facilitator. */
  async changeRole(playbookId: string, userId: string, role: PlaybookRole): Promise<void> {
    const current = await this.access.getRole(playbookId, userId);
    if (!current) throw new HttpError(404, 'member_not_found', 'This person is not a member of the playbook.');
    if (current === role) return;
    if (current === 'facilitator') await this.keepOneFacilitator(playbookId);
    await this.access.setMember({ playbookId, userId, role, addedAt: this.now() });
    this.announce({ playbookId, subject: userId, effect: 'roleChanged' });
  }

  /** Removes a member (or lets one leave); their open connections to the playbook close at once. */
  async removeMember(playbookId: string, userId: string): Promise<void> {
    const current = await this.access.getRole(playbookId, userId);
    if (!current) throw new HttpError(404, 'member_not_found', 'This person is not a member of the playbook.');
    if (current === 'facilitator') await this.keepOneFacilitator(playbookId);
    await this.access.removeMember(playbookId, userId);
    this.announce({ playbookId, subject: userId, effect: 'removed' });
  }

  private async keepOneFacilitator(playbookId: string): Promise<void> {
    const facilitators = (await this.access.listMembers(playbookId)).filter((m) => m.role === 'facilitator');
    if (facilitators.length <= 1) {
      throw new HttpError(
        409,
        'last_facilitator',
        'A playbook needs at least one facilitator. Make someone else facilitator first.',
      );
    }
  }

  async createInvitation(input: {
    playbookId: string;
    role: PlaybookRole;
    organisation: { id: string } | { name: string; kind: Organisation['kind'] };
    expiresInDays: number;
    maxUses: number;
    createdBy: string;
  }): Promise<{ invitation: Invitation; secret: string }> {
    let organisation: Organisation | null;
    if ('id' in input.organisation) {
      organisation = await this.identity.getOrganisation(input.organisation.id);
      if (!organisation) {
        throw new HttpError(400, 'unknown_organisation', 'No organisation has this id.', ['organisation.id: unknown']);
      }
    } else {
      organisation = await this.identity.createOrganisation(input.organisation);
    }
    const secret = newSecret();
    const now = this.now();
    const stored: StoredInvitation = {
      id: crypto.randomUUID(),
      secretHash: hashSecret(secret),
      playbookId: input.playbookId,
      role: input.role,
      organisationId: organisation.id,
      createdBy: input.createdBy,
      createdAt: now,
      expiresAt: now + input.expiresInDays * DAY_MS,
      maxUses: input.maxUses,
      uses: 0,
      revokedAt: null,
    };
    await this.access.createInvitation(stored);
    return { invitation: await this.describeInvitation(stored), secret };
  }

  async invitations(playbookId: string): Promise<Invitation[]> {
    const stored = await this.access.listInvitations(playbookId);
    return Promise.all(stored.map((invitation) => this.describeInvitation(invitation)));
  }

  /** Revokes an invitation of `playbookId`; people who already joined stay members. */
  async revokeInvitation(playbookId: string, invitationId: string): Promise<Invitation> {
    const found = await this.access.getInvitation(invitationId);
    if (!found || found.playbookId !== playbookId) {
      throw new HttpError(404, 'invitation_not_found', 'This playbook has no invitation with this id.');
    }
    await this.access.revokeInvitation(invitationId, this.now());
    return this.describeInvitation((await this.access.getInvitation(invitationId)) ?? found);
  }

  /** The usable invitation a secret stands for; otherwise the error that says why not (404 or 410). */
  async usableInvitation(secret: string): Promise<StoredInvitation> {
    const found = secret.length <= 128 ? await this.access.findInvitationBySecret(hashSecret(secret)) : null;
    if (!found) throw REFUSAL_ANSWERS.unknown;
    const refusal = invitationRefusal(found, this.now());
    if (refusal) throw REFUSAL_ANSWERS[refusal];
    return found;
  }

  /** Joins `userId` to the invitation's playbook (atomically counting the use). */
  async redeem(invitation: StoredInvitation, userId: string): Promise<PlaybookRole> {
    const before = await this.access.getRole(invitation.playbookId, userId);
    const result = await this.access.redeemInvitation(invitation.id, userId, this.now());
    if (!result.ok) throw REFUSAL_ANSWERS[result.reason];
    if (before && before !== result.role) {
      this.announce({ playbookId: invitation.playbookId, subject: userId, effect: 'roleChanged' });
    }
    return result.role;
  }

  async organisationOf(invitation: StoredInvitation): Promise<Organisation> {
    const organisation = await this.identity.getOrganisation(invitation.organisationId);
    // reason: invitations.organisation_id is a foreign key, so a missing organisation is a broken database.
    if (!organisation) throw new Error(`invitation ${invitation.id} has no organisation`);
    return organisation;
  }

  private async describeInvitation(invitation: StoredInvitation): Promise<Invitation> {
    return {
      id: invitation.id,
      playbookId: invitation.playbookId,
      role: invitation.role,
      organisation: await this.organisationOf(invitation),
      createdBy: invitation.createdBy,
      createdAt: iso(invitation.createdAt),
      expiresAt: iso(invitation.expiresAt),
      maxUses: invitation.maxUses,
      uses: invitation.uses,
      revokedAt: invitation.revokedAt === null ? null : iso(invitation.revokedAt),
      usable: invitationRefusal(invitation, this.now()) === null,
    };
  }

  async mintToken(input: {
    playbookId: string;
    label: string;
    role: TokenRole;
    expiresInDays: number;
    createdBy: string;
  }): Promise<{ token: AccessToken; secret: string }> {
    const secret = newSecret(ACCESS_TOKEN_PREFIX);
    const now = this.now();
    const stored: StoredAccessToken = {
      id: crypto.randomUUID(),
      secretHash: hashSecret(secret),
      playbookId: input.playbookId,
      label: input.label,
      role: input.role,
      createdBy: input.createdBy,
      createdAt: now,
      expiresAt: now + input.expiresInDays * DAY_MS,
      revokedAt: null,
    };
    await this.access.createToken(stored);
    return { token: this.describeToken(stored), secret };
  }

  async tokens(playbookId: string): Promise<AccessToken[]> {
    return (await this.access.listTokens(playbookId)).map((token) => this.describeToken(token));
  }

  /** Revokes a token of `playbookId`; connections that use it close at once. */
  async revokeToken(playbookId: string, tokenId: string): Promise<AccessToken> {
    const found = await this.access.getToken(tokenId);
    if (!found || found.playbookId !== playbookId) {
      throw new HttpError(404, 'token_not_found', 'This playbook has no access token with this id.');
    }
    await this.access.revokeToken(tokenId, this.now());
    this.announce({ playbookId, subject: tokenId, effect: 'removed' });
    return this.describeToken((await this.access.getToken(tokenId)) ?? found);
  }

  private describeToken(token: StoredAccessToken): AccessToken {
    return {
      id: token.id,
      playbookId: token.playbookId,
      label: token.label,
      role: token.role,
      createdBy: token.createdBy,
      createdAt: iso(token.createdAt),
      expiresAt: iso(token.expiresAt),
      revokedAt: token.revokedAt === null ? null : iso(token.revokedAt),
      usable: token.revokedAt === null && token.expiresAt > this.now(),
    };
  }
}
