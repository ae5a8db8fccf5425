import {
  higherRole,
  PLAYBOOK_ROLES,
  TOKEN_ROLES,
  type PlaybookRole,
  type TokenRole,
} from '../../shared/access/playbookRole.js';
import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import type { AccessStore, Membership, RedeemRefusal, StoredAccessToken, StoredInvitation } from './AccessStore.js';

// Times are epoch milliseconds. Members and invitations reference users and organisations of the identity
// tables in the same file (created first, by SqliteIdentityStore); a deleted user takes their memberships.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS playbook_members (
  playbook_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  PRIMARY KEY (playbook_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS playbook_members_by_user ON playbook_members (user_id);
CREATE TABLE IF NOT EXISTS invitations (
  id TEXT PRIMARY KEY,
  secret_hash TEXT NOT NULL UNIQUE,
  playbook_id TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  max_uses INTEGER NOT NULL,
  uses INTEGER NOT NULL,
  revoked_at INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS invitations_by_playbook ON invitations (playbook_id);
CREATE TABLE IF NOT EXISTS access_tokens (
  id TEXT PRIMARY KEY,
  secret_hash TEXT NOT NULL UNIQUE,
  playbook_id TEXT NOT NULL,
  label TEXT NOT NULL,
  role TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS access_tokens_by_playbook ON access_tokens (playbook_id);
`;

interface MemberRow {
  playbook_id: string;
  user_id: string;
  role: string;
  added_at: number;
}

interface InvitationRow {
  id: string;
  secret_hash: string;
  playbook_id: string;
  role: string;
  organisation_id: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  max_uses: number;
  uses: number;
  revoked_at: number | null;
}

interface TokenRow {
  id: string;
  secret_hash: string;
  playbook_id: string;
  label: string;
  role: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

// A value this version does not know (written by a newer one) is read as the weakest role: never more rights.
function toRole(value: string): PlaybookRole {
  return (PLAYBOOK_ROLES as readonly string[]).includes(value) ? (value as PlaybookRole) : 'reader';
}

function toTokenRole(value: string): TokenRole {
  return (TOKEN_ROLES as readonly string[]).includes(value) ? (value as TokenRole) : 'reader';
}

function toMembership(row: MemberRow): Membership {
  return { playbookId: row.playbook_id, userId: row.user_id, role: toRole(row.role), addedAt: row.added_at };
}

function toInvitation(row: InvitationRow): StoredInvitation {
  return {
    id: row.id,
    secretHash: row.secret_hash,
    playbookId: row.playbook_id,
    role: toRole(row.role),
    organisationId: row.organisation_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    uses: row.uses,
    revokedAt: row.revoked_at,
  };
}

function toToken(row: TokenRow): StoredAccessToken {
  return {
    id: row.id,
    secretHash: row.secret_hash,
    playbookId: row.playbook_id,
    label: row.label,
    role: toTokenRole(row.role),
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** Why an invitation row cannot be used at `now`, or null when it can. */
export function invitationRefusal(invitation: StoredInvitation, now: number): RedeemRefusal | null {
  if (invitation.revokedAt !== null) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  if (invitation.uses >= invitation.maxUses) return 'used_up';
  return null;
}

const INVITATION_COLUMNS =
  'id, secret_hash, playbook_id, role, organisation_id, created_by, created_at, expires_at, max_uses, uses, revoked_at';
const TOKEN_COLUMNS = 'id, secret_hash, playbook_id, label, role, created_by, created_at, expires_at, revoked_at';

/**
 * Members, invitations and tokens in the SQLite file of the document store. Pass `{ database }` to share a
 * connection (closed by its owner) or the file options to open one of its own (the CLI does).
 */
export class SqliteAccessStore extends SqliteTables implements AccessStore {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, { foreignKeys: true });
    this.stmts = {
      getRole: this.db.prepare<[string, string], { role: string }>(
        'SELECT role FROM playbook_members WHERE playbook_id = ? AND user_id = ?',
      ),
      rolesOfUser: this.db.prepare<[string], MemberRow>(
        'SELECT playbook_id, user_id, role, added_at FROM playbook_members WHERE user_id = ?',
      ),
      members: this.db.prepare<[string], MemberRow>(
        'SELECT playbook_id, user_id, role, added_at FROM playbook_members WHERE playbook_id = ? ORDER BY added_at, user_id',
      ),
      upsertMember: this.db.prepare<[string, string, string, number]>(
        `INSERT INTO playbook_members (playbook_id, user_id, role, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (playbook_id, user_id) DO UPDATE SET role = excluded.role`,
      ),
      removeMember: this.db.prepare<[string, string]>(
        'DELETE FROM playbook_members WHERE playbook_id = ? AND user_id = ?',
      ),
      insertInvitation: this.db.prepare<[string, string, string, string, string, string, number, number, number]>(
        `INSERT INTO invitations (${INVITATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)`,
      ),
      invitation: this.db.prepare<[string], InvitationRow>(
        `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE id = ?`,
      ),
      invitationBySecret: this.db.prepare<[string], InvitationRow>(
        `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE secret_hash = ?`,
      ),
      invitations: this.db.prepare<[string], InvitationRow>(
        `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE playbook_id = ? ORDER BY created_at DESC, id`,
      ),
      revokeInvitation: this.db.prepare<[number, string]>(
        'UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      ),
      useInvitation: this.db.prepare<[string]>('UPDATE invitations SET uses = uses + 1 WHERE id = ?'),
      insertToken: this.db.prepare<[string, string, string, string, string, string, number, number]>(
        `INSERT INTO access_tokens (${TOKEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
      ),
      token: this.db.prepare<[string], TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM access_tokens WHERE id = ?`),
      tokenBySecret: this.db.prepare<[string], TokenRow>(
        `SELECT ${TOKEN_COLUMNS} FROM access_tokens WHERE secret_hash = ?`,
      ),
      tokens: this.db.prepare<[string], TokenRow>(
        `SELECT ${TOKEN_COLUMNS} FROM access_tokens WHERE playbook_id = ? ORDER BY created_at DESC, id`,
      ),
      revokeToken: this.db.prepare<[number, string]>(
        'UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      ),
    };
  }

  getRole(playbookId: string, userId: string): PlaybookRole | null {
    const row = this.stmts.getRole.get(playbookId, userId);
    return row ? toRole(row.role) : null;
  }

  rolesOfUser(userId: string): Map<string, PlaybookRole> {
    return new Map(this.stmts.rolesOfUser.all(userId).map((row) => [row.playbook_id, toRole(row.role)]));
  }

  listMembers(playbookId: string): Membership[] {
    return this.stmts.members.all(playbookId).map(toMembership);
  }

  setMember(membership: Membership): void {
    this.stmts.upsertMember.run(membership.playbookId, membership.userId, membership.role, membership.addedAt);
  }

  removeMember(playbookId: string, userId: string): boolean {
    return this.stmts.removeMember.run(playbookId, userId).changes > 0;
  }

  createInvitation(invitation: StoredInvitation): void {
    const i = invitation;
    this.stmts.insertInvitation.run(
      i.id,
      i.secretHash,
      i.playbookId,
      i.role,
      i.organisationId,
      i.createdBy,
      i.createdAt,
      i.expiresAt,
      i.maxUses,
    );
  }

  getInvitation(id: string): StoredInvitation | null {
    const row = this.stmts.invitation.get(id);
    return row ? toInvitation(row) : null;
  }

  findInvitationBySecret(secretHash: string): StoredInvitation | null {
    const row = this.stmts.invitationBySecret.get(secretHash);
    return row ? toInvitation(row) : null;
  }

  listInvitations(playbookId: string): StoredInvitation[] {
    return this.stmts.invitations.all(playbookId).map(toInvitation);
  }

  revokeInvitation(id: string, now: number): boolean {
    return this.stmts.revokeInvitation.run(now, id).changes > 0;
  }

  redeemInvitation(
    id: string,
    userId: string,
    now: number,
  ): { ok: true; role: PlaybookRole } | { ok: false; reason: RedeemRefusal } {
    // IMMEDIATE: the write lock is taken before the use count is read, so two acceptances racing (even from
    // two processes) cannot both take the last use.
    return this.db
      .transaction((): { ok: true; role: PlaybookRole } | { ok: false; reason: RedeemRefusal } => {
        const row = this.stmts.invitation.get(id);
        if (!row) return { ok: false, reason: 'unknown' };
        const invitation = toInvitation(row);
        const refusal = invitationRefusal(invitation, now);
        if (refusal) return { ok: false, reason: refusal };
        const existing = this.getRole(invitation.playbookId, userId);
        const role = existing ? higherRole(existing, invitation.role) : invitation.role;
        // Someone who already has this role uses nothing up: a double click or a second visit is harmless.
        if (existing === role) return { ok: true, role };
        this.stmts.useInvitation.run(id);
        this.setMember({ playbookId: invitation.playbookId, userId, role, addedAt: now });
        return { ok: true, role };
      })
      .immediate();
  }

  createToken(token: StoredAccessToken): void {
    const t = token;
    this.stmts.insertToken.run(
      t.id,
      t.secretHash,
      t.playbookId,
      t.label,
      t.role,
      t.createdBy,
      t.createdAt,
      t.expiresAt,
    );
  }

  findTokenBySecret(secretHash: string): StoredAccessToken | null {
    const row = this.stmts.tokenBySecret.get(secretHash);
    return row ? toToken(row) : null;
  }

  getToken(id: string): StoredAccessToken | null {
    const row = this.stmts.token.get(id);
    return row ? toToken(row) : null;
  }

  listTokens(playbookId: string): StoredAccessToken[] {
    return this.stmts.tokens.all(playbookId).map(toToken);
  }

  revokeToken(id: string, now: number): boolean {
    return this.stmts.revokeToken.run(now, id).changes > 0;
  }
}
