import type { IncomingMessage } from 'node:http';
import type { CloseCodes } from '../../shared/protocol/closeCodes.js';

/** Who is on the other end of a connection, as established by `authorize`. */
export interface Principal {
  kind: 'anonymous' | 'user' | 'token';
  /** Whether this connection may change the document (readers receive but cannot send updates). */
  canWrite: boolean;
  /**
   * Who this is, as a stable id (user or token id); null when not known. Two connections of the same
   * subject may hand a presence over to each other (a reconnect); of different subjects, never.
   */
  subject: string | null;
  /**
   * Who this is, as the server knows it. When set, the name and organisation shown with the connection's
   * cursor and presence are taken from here, whatever the client claims.
   */
  identity?: PresenceIdentity;
}

/** The part of a connection's presence the server vouches for. */
export interface PresenceIdentity {
  name: string;
  /** In the presence vocabulary the client shows and colours by. */
  organisation: 'jobcenter' | 'akasse' | 'anden';
  organisationName: string;
}

export type AuthDecision =
  | { ok: true; principal: Principal }
  | {
      ok: false;
      close: typeof CloseCodes.unauthorized | typeof CloseCodes.forbidden | typeof CloseCodes.invalidRoom;
    };

/**
 * The single authorisation step every websocket upgrade passes through, after the room name was validated.
 * The app's is `authorizePlaybookMember` (server/access/): session cookie or token, then the playbook role.
 */
export type Authorize = (request: IncomingMessage, roomId: string) => Promise<AuthDecision>;

/**
 * Admits every valid room name, creating a document for any name: raw y-websocket protocol rooms, for
 * protocol tests and benchmarks. The app's default admits only members of playbooks that exist (authorizePlaybookMember).
 */
export const admitEveryone: Authorize = () =>
  Promise.resolve({ ok: true, principal: { kind: 'anonymous', canWrite: true, subject: null } });
