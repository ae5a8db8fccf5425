import * as decoding from 'lib0/decoding';
import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { isStaleAwarenessMessage, isStaleAwarenessUpdate } from './awarenessFastPath.js';
import { MalformedMessageError } from './clientMessage.js';
import type { PresenceIdentity } from './authorize.js';
import type { Connection } from './Connection.js';
import { awarenessStatesMessage } from './messages.js';

/** Presence ids one socket may introduce: an editor has one; a few leave room for reconnect races. */
const MAX_CLIENT_IDS_PER_CONNECTION = 4;

/** An awareness update that speaks for someone else. */
export class ForgedPresenceError extends Error {}

type PresenceState = Record<string, unknown>;

interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null announces that the client left. */
  state: PresenceState | null;
}

/** Decodes every entry of an update; throws on bad JSON or a state that is neither an object nor null. */
function readEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new TypeError('awareness state is not an object');
    }
    entries.push({ clientId, clock, state: state as PresenceState | null });
  }
  return entries;
}

/** Overwrites the name and organisation a client claims with what the server knows about it. */
function vouchFor(state: PresenceState, identity: PresenceIdentity): void {
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
   * The same for a whole awareness message (type, length, update) as received; throws
   * `MalformedMessageError` when it is truncated.
   */
  isStaleMessage(message: Uint8Array): boolean {
    try {
      return isStaleAwarenessMessage(this.awareness, message);
    } catch (error) {
      throw new MalformedMessageError(`bad awareness update: ${String(error)}`);
    }
  }

  /**
   * An awareness update from an open connection: applied (see `apply`) or, when it is malformed or speaks for
   * someone else, the connection is closed. True when something changed that the others should get.
   */
  receive(connection: Connection, update: Uint8Array): boolean {
    if (!connection.isOpen) return false;
    try {
      return this.apply(connection, update);
    } catch (error) {
      if (error instanceof ForgedPresenceError) {
        connection.reject(CloseCodes.forbidden, 'forged_presence', { detail: error.message });
      } else {
        connection.reject(CloseCodes.malformedMessage, 'malformed', { error: String(error) });
      }
      return false;
    }
  }

  /**
   * Applies an update from `connection`; false when it turned out to change nothing. Throws on bad JSON,
   * and `ForgedPresenceError` when the update would change another connection's presence or introduce
   * more than `MAX_CLIENT_IDS_PER_CONNECTION` ids: a socket speaks only for itself.
   *
   * The rule of y-protocols' `applyAwarenessUpdate` (a newer clock wins; a null state at the same clock
   * removes) is applied here directly: that way each state is parsed once and vouched for before anyone can
   * read it, and nothing else on the server listens to the awareness' events.
   */
  apply(connection: Connection, update: Uint8Array): boolean {
    // Checked again: an earlier queued update from the same client may have made this one an echo.
    if (this.isStale(update)) return false;
    const { states, meta } = this.awareness;
    // Every entry is checked before any is applied, so a bad second entry cannot leave the first one
    // applied without an owner (a cursor nobody can remove).
    const changes = readEntries(update).filter(({ clientId, clock, state }) => {
      const current = meta.get(clientId)?.clock ?? 0;
      return current < clock || (current === clock && state === null && states.has(clientId));
    });
    if (changes.length === 0) return false;
    let introduced = connection.awarenessClientIds.size;
    const takeOvers: Array<{ clientId: number; from: Connection }> = [];
    for (const { clientId, state } of changes) {
      const owner = this.owners.get(clientId);
      if (owner !== undefined && owner !== connection) {
        // The same person reconnecting while the server still holds their dropped socket takes their
        // presence over; anyone else speaking for that id is forging it.
        if (owner.principal.subject !== connection.principal.subject) {
          throw new ForgedPresenceError(`client id ${clientId}`);
        }
        takeOvers.push({ clientId, from: owner });
      } else if (owner === undefined && state !== null && ++introduced > MAX_CLIENT_IDS_PER_CONNECTION) {
        throw new ForgedPresenceError('too many client ids on one connection');
      }
    }
    for (const { clientId, from } of takeOvers) this.transfer(clientId, from, connection);
    const now = Date.now();
    const identity = connection.principal.identity;
    for (const { clientId, clock, state } of changes) {
      // The ids a socket introduces are the ones removed when it leaves; relayed echoes never claim an id.
      if (state === null) {
        states.delete(clientId);
        const owner = this.owners.get(clientId);
        this.owners.delete(clientId);
        owner?.awarenessClientIds.delete(clientId);
      } else {
        if (!this.owners.has(clientId)) {
          this.owners.set(clientId, connection);
          connection.awarenessClientIds.add(clientId);
        }
        if (identity && this.owners.get(clientId) === connection) vouchFor(state, identity);
        states.set(clientId, state);
      }
      meta.set(clientId, { clock, lastUpdated: now });
      this.pending.add(clientId);
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
