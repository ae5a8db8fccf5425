import * as decoding from 'lib0/decoding';
import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { isStaleAwarenessUpdate } from './awarenessFastPath.js';
import type { PresenceIdentity } from './authorize.js';
import type { Connection } from './Connection.js';
import { awarenessStatesMessage } from './messages.js';

/** Presence ids one socket may introduce: an editor has one; a few leave room for reconnect races. */
const MAX_CLIENT_IDS_PER_CONNECTION = 4;

/** An awareness update that speaks for someone else. */
export class ForgedPresenceError extends Error {}

interface AwarenessEntry {
  clientId: number;
  clock: number;
  isNull: boolean;
}

function readEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    entries.push({ clientId, clock, isNull: state === null });
  }
  return entries;
}

/** Overwrites the name and organisation a client claims with what the server knows about it. */
function vouchFor(state: Record<string, unknown>, identity: PresenceIdentity): void {
  const user = typeof state.user === 'object' && state.user !== null ? state.user : {};
  state.user = {
    ...user,
    name: identity.name,
    organisation: identity.organisation,
    organisationName: identity.organisationName,
  };
}

/**
 * A room's awareness (cursors, names, who is where) and which connection introduced each client id, so a
 * socket's cursors disappear for everyone when it goes away.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, Connection>();
  /** Client ids changed since the last relay, and the connections that changed them. */
  private readonly pending = new Set<number>();
  private readonly contributors = new Set<Connection>();

  constructor(doc: Y.Doc) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no cursor of its own.
    this.awareness.setLocalState(null);
  }

  /** True when the update changes nothing here (see awarenessFastPath). Throws when it is truncated. */
  isStale(update: Uint8Array): boolean {
    return isStaleAwarenessUpdate(this.awareness, update);
  }

  /**
   * Applies an update from `connection`; false when it turned out to change nothing. Throws on bad JSON,
   * and `ForgedPresenceError` when the update would change another connection's presence or introduce
   * more than `MAX_CLIENT_IDS_PER_CONNECTION` ids: a socket speaks only for itself.
   */
  apply(connection: Connection, update: Uint8Array): boolean {
    // Checked again: an earlier queued update from the same client may have made this one an echo.
    if (this.isStale(update)) return false;
    // y-protocols applies entries one by one: check them all first, or a bad second entry leaves the first
    // one applied without an owner (a cursor nobody can remove).
    const entries = readEntries(update);
    let introduced = connection.awarenessClientIds.size;
    for (const { clientId, clock, isNull } of entries) {
      const current = this.awareness.meta.get(clientId)?.clock ?? 0;
      const changes = current < clock || (current === clock && isNull && this.awareness.states.has(clientId));
      if (!changes) continue;
      const owner = this.owners.get(clientId);
      if (owner !== undefined && owner !== connection) {
        // The same person reconnecting while the server still holds their dropped socket takes their
        // presence over; anyone else speaking for that id is forging it.
        if (owner.principal.subject !== connection.principal.subject) {
          throw new ForgedPresenceError(`client id ${clientId}`);
        }
        this.transfer(clientId, owner, connection);
      }
      if (!this.owners.has(clientId) && !isNull && ++introduced > MAX_CLIENT_IDS_PER_CONNECTION) {
        throw new ForgedPresenceError('too many client ids on one connection');
      }
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
    // The ids a socket introduces are the ones removed when it leaves; relayed echoes never claim an id.
    for (const { clientId } of entries) {
      this.pending.add(clientId);
      const owner = this.owners.get(clientId);
      const state = this.awareness.states.get(clientId);
      if (owner === undefined && state) {
        this.owners.set(clientId, connection);
        connection.awarenessClientIds.add(clientId);
      } else if (owner !== undefined && !state) {
        this.owners.delete(clientId);
        owner.awarenessClientIds.delete(clientId);
      }
      const identity = connection.principal.identity;
      if (state && identity && this.owners.get(clientId) === connection) vouchFor(state, identity);
    }
    this.contributors.add(connection);
    return true;
  }

  private transfer(clientId: number, from: Connection, to: Connection): void {
    from.awarenessClientIds.delete(clientId);
    this.owners.set(clientId, to);
    to.awarenessClientIds.add(clientId);
  }

  /**
   * The states changed since the last call, as one message, and the connection that sent them all when
   * there was only one (it need not get its own state back); null when nothing changed.
   */
  takeBatch(): { message: Uint8Array; soleContributor: Connection | null } | null {
    if (this.pending.size === 0) return null;
    const message = awarenessStatesMessage(this.awareness, [...this.pending]);
    const soleContributor = this.contributors.size === 1 ? [...this.contributors][0]! : null;
    this.pending.clear();
    this.contributors.clear();
    return { message, soleContributor };
  }

  /** Forgets a connection's client ids; returns the removal message for the others, or null. */
  removeConnection(connection: Connection): Uint8Array | null {
    for (const id of connection.awarenessClientIds) this.owners.delete(id);
    const ids = [...connection.awarenessClientIds].filter((id) => this.awareness.states.has(id));
    if (ids.length === 0) return null;
    awarenessProtocol.removeAwarenessStates(this.awareness, ids, connection);
    return awarenessStatesMessage(this.awareness, ids);
  }

  /** Every current state, for a newcomer or a query; null when nobody has one. */
  allStatesMessage(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? awarenessStatesMessage(this.awareness, ids) : null;
  }

  destroy(): void {
    this.awareness.destroy();
  }
}
