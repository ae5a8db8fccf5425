import * as decoding from 'lib0/decoding';
import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { isStaleAwarenessUpdate } from './awarenessFastPath.js';
import type { Connection } from './Connection.js';
import { awarenessStatesMessage } from './messages.js';

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

  /** Applies an update from `connection`; false when it turned out to change nothing. Throws on bad JSON. */
  apply(connection: Connection, update: Uint8Array): boolean {
    // Checked again: an earlier queued update from the same client may have made this one an echo.
    if (this.isStale(update)) return false;
    // y-protocols applies entries one by one: validate them all first, or a bad second entry leaves the
    // first one applied without an owner (a cursor nobody can remove).
    const check = decoding.createDecoder(update);
    const entries = decoding.readVarUint(check);
    for (let i = 0; i < entries; i++) {
      decoding.readVarUint(check);
      decoding.readVarUint(check);
      JSON.parse(decoding.readVarString(check));
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
    // The ids a socket introduces are the ones removed when it leaves; relayed echoes never claim an id.
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      decoding.readVarUint8Array(decoder);
      this.pending.add(clientId);
      const owner = this.owners.get(clientId);
      const present = this.awareness.states.has(clientId);
      if (owner === undefined && present) {
        this.owners.set(clientId, connection);
        connection.awarenessClientIds.add(clientId);
      } else if (owner !== undefined && !present) {
        this.owners.delete(clientId);
        owner.awarenessClientIds.delete(clientId);
      }
    }
    this.contributors.add(connection);
    return true;
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
