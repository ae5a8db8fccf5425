import { randomUUID } from 'node:crypto';
import { PARTNER_KINDS, type PartnerKind } from '../../shared/playbook/PartnerKind.js';
import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import {
  EmailTakenError,
  UnknownOrganisationError,
  type IdentityStore,
  type NewOrganisation,
  type NewUser,
  type Organisation,
  type StoredSession,
  type User,
  type UserWithCredentials,
} from './IdentityStore.js';
import { normaliseEmail } from './normaliseEmail.js';

// Times are epoch milliseconds. Sessions go with their user (ON DELETE CASCADE needs foreign_keys = ON).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  password_hash TEXT,
  is_admin INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  org_admin INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id);
`;

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  organisation_id: string;
  password_hash: string | null;
  is_admin: number;
  org_admin: number;
  created_at: number;
}

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
}

const USER_COLUMNS = 'id, email, display_name, organisation_id, password_hash, is_admin, org_admin, created_at';

function toUser(row: UserRow): UserWithCredentials {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    isAdmin: row.is_admin === 1,
    isOrganisationAdmin: row.org_admin === 1,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

function withoutCredentials({ passwordHash: _hash, ...user }: UserWithCredentials): User {
  return user;
}

function toOrganisation(row: { id: string; name: string; kind: string }): Organisation {
  // The column only ever receives a PartnerKind; an unknown value means a newer version wrote it.
  const kind = (PARTNER_KINDS as readonly string[]).includes(row.kind) ? (row.kind as PartnerKind) : 'andet';
  return { id: row.id, name: row.name, kind };
}

/**
 * Accounts in the SQLite file of the document store. Pass `{ database }` to share the store's connection
 * (closed by the store), or the store's file options to open a connection of its own (the CLI does).
 */
export class SqliteIdentityStore extends SqliteTables implements IdentityStore {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, { foreignKeys: true });
    // Databases from before organisation administrators lack the column (CREATE TABLE IF NOT EXISTS keeps
    // an existing table as it is).
    const columns = this.db.pragma('table_info(users)') as Array<{ name: string }>;
    if (!columns.some((column) => column.name === 'org_admin')) {
      this.db.exec('ALTER TABLE users ADD COLUMN org_admin INTEGER NOT NULL DEFAULT 0');
    }
    this.db.exec('CREATE INDEX IF NOT EXISTS users_by_organisation ON users (organisation_id)');
    this.stmts = {
      insertOrg: this.db.prepare<[string, string, string]>(
        'INSERT INTO organisations (id, name, kind) VALUES (?, ?, ?)',
      ),
      getOrg: this.db.prepare<[string], { id: string; name: string; kind: string }>(
        'SELECT id, name, kind FROM organisations WHERE id = ?',
      ),
      listOrgs: this.db.prepare<[], { id: string; name: string; kind: string }>(
        'SELECT id, name, kind FROM organisations ORDER BY name, id',
      ),
      insertUser: this.db.prepare<[string, string, string, string, string | null, number, number, number]>(
        `INSERT INTO users (id, email, display_name, organisation_id, password_hash, is_admin, org_admin, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      usersOfOrg: this.db.prepare<[string], UserRow>(
        `SELECT ${USER_COLUMNS} FROM users WHERE organisation_id = ? ORDER BY display_name, email`,
      ),
      deleteUser: this.db.prepare<[string]>('DELETE FROM users WHERE id = ?'),
      setPasswordHash: this.db.prepare<[string, string]>('UPDATE users SET password_hash = ? WHERE id = ?'),
      countUsers: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users'),
      getUser: this.db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
      userByEmail: this.db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`),
      listUsers: this.db.prepare<[], UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY email`),
      insertSession: this.db.prepare<[string, string, number, number]>(
        'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
      ),
      getSession: this.db.prepare<[string], SessionRow>(
        'SELECT token_hash, user_id, created_at, last_seen_at FROM sessions WHERE token_hash = ?',
      ),
      touchSession: this.db.prepare<[number, string]>('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?'),
      deleteSession: this.db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?'),
      deleteUserSessions: this.db.prepare<[string]>('DELETE FROM sessions WHERE user_id = ?'),
      deleteExpired: this.db.prepare<[number, number]>('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?'),
    };
  }

  createOrganisation(org: NewOrganisation): Organisation {
    const created = { id: randomUUID(), name: org.name, kind: org.kind };
    this.stmts.insertOrg.run(created.id, created.name, created.kind);
    return created;
  }

  getOrganisation(id: string): Organisation | null {
    const row = this.stmts.getOrg.get(id);
    return row ? toOrganisation(row) : null;
  }

  listOrganisations(): Organisation[] {
    return this.stmts.listOrgs.all().map(toOrganisation);
  }

  createUser(user: NewUser, now: number): User {
    if (!this.stmts.getOrg.get(user.organisationId)) {
      throw new UnknownOrganisationError(`No organisation has the id ${user.organisationId}.`);
    }
    const email = normaliseEmail(user.email);
    if (this.stmts.userByEmail.get(email)) throw new EmailTakenError(`${email} already has an account.`);
    const id = randomUUID();
    this.stmts.insertUser.run(
      id,
      email,
      user.displayName,
      user.organisationId,
      user.passwordHash,
      user.isAdmin ? 1 : 0,
      user.isOrganisationAdmin ? 1 : 0,
      now,
    );
    return withoutCredentials(toUser(this.stmts.getUser.get(id)!));
  }

  createFirstAdministrator(
    org: NewOrganisation,
    admin: Omit<NewUser, 'organisationId' | 'isAdmin'>,
    now: number,
  ): { organisation: Organisation; user: User } | null {
    // IMMEDIATE: takes the write lock before counting, so two setups racing (even from two processes)
    // cannot both see an empty table.
    return this.db
      .transaction(() => {
        if (this.stmts.countUsers.get()!.n > 0) return null;
        const organisation = this.createOrganisation(org);
        const user = this.createUser(
          { ...admin, organisationId: organisation.id, isAdmin: true, isOrganisationAdmin: true },
          now,
        );
        return { organisation, user };
      })
      .immediate();
  }

  countUsers(): number {
    return this.stmts.countUsers.get()!.n;
  }

  getUser(id: string): User | null {
    const row = this.stmts.getUser.get(id);
    return row ? withoutCredentials(toUser(row)) : null;
  }

  findUserByEmail(email: string): UserWithCredentials | null {
    const row = this.stmts.userByEmail.get(normaliseEmail(email));
    return row ? toUser(row) : null;
  }

  listUsers(): User[] {
    return this.stmts.listUsers.all().map((row) => withoutCredentials(toUser(row)));
  }

  listUsersOfOrganisation(organisationId: string): User[] {
    return this.stmts.usersOfOrg.all(organisationId).map((row) => withoutCredentials(toUser(row)));
  }

  setPasswordHash(userId: string, passwordHash: string): void {
    this.stmts.setPasswordHash.run(passwordHash, userId);
  }

  deleteUser(id: string): boolean {
    return this.stmts.deleteUser.run(id).changes > 0;
  }

  createSession(session: StoredSession): void {
    this.stmts.insertSession.run(session.tokenHash, session.userId, session.createdAt, session.lastSeenAt);
  }

  getSession(tokenHash: string): StoredSession | null {
    const row = this.stmts.getSession.get(tokenHash);
    return row
      ? { tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at }
      : null;
  }

  touchSession(tokenHash: string, lastSeenAt: number): void {
    this.stmts.touchSession.run(lastSeenAt, tokenHash);
  }

  deleteSession(tokenHash: string): void {
    this.stmts.deleteSession.run(tokenHash);
  }

  deleteSessionsOfUser(userId: string): number {
    return this.stmts.deleteUserSessions.run(userId).changes;
  }

  deleteExpiredSessions(idleBefore: number, createdBefore: number): number {
    return this.stmts.deleteExpired.run(idleBefore, createdBefore).changes;
  }
}
