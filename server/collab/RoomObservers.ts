import type * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { Principal } from './authorize.js';
import { ChangeNotifier } from './ChangeNotifier.js';
import { changedRootNames } from './changedRoots.js';

// Catalogue updates (title, status, updatedAt) need not follow every keystroke.
const CHANGE_NOTIFY_DELAY_MS = 2000;

export interface RoomObserverHooks {
  /** Throttled: the playbook changed (the catalogue keeps titles and status in step). */
  onDocumentChanged?: (roomId: string, doc: Y.Doc) => void;
  /** After each committed change, with the root types it touched and who made it (null: the server). */
  onCommitted?: (roomId: string, roots: ReadonlySet<string>, by: Principal | null) => void;
  /** Someone joined or left the room. */
  onConnectionsChanged?: (roomId: string) => void;
}

/**
 * What a room tells the rest of the app, apart from its clients: that the document changed (throttled),
 * which root types each committed change touched and who made it, and that people came or went. Kept out of
 * Room so the room's own work (sync, commit, relay) reads on its own; a failing listener is logged and never
 * breaks the room. Rooms without hooks (the raw protocol server) pay nothing for the commit details.
 */
export class RoomObservers {
  private readonly changes: ChangeNotifier;
  private pendingRoots: Set<string> | null = null;

  constructor(
    private readonly id: string,
    private readonly doc: Y.Doc,
    private readonly hooks: RoomObserverHooks,
    private readonly log: Logger,
  ) {
    const { onDocumentChanged } = hooks;
    this.changes = new ChangeNotifier(
      onDocumentChanged && (() => onDocumentChanged(id, doc)),
      CHANGE_NOTIFY_DELAY_MS,
      log.child({ room: id }),
    );
  }

  /** Called for each change applied to the doc (before it is stored): remembers which roots it touched. */
  applied(transaction: Y.Transaction): void {
    if (this.hooks.onCommitted) this.pendingRoots = changedRootNames(this.doc, transaction);
  }

  /** The roots of the change applied last, handed over once (to travel with it to `committed`). */
  takeRoots(): Set<string> | null {
    const roots = this.pendingRoots;
    this.pendingRoots = null;
    return roots;
  }

  /** A change is stored (and relayed). */
  committed(roots: ReadonlySet<string> | null, by: Principal | null): void {
    this.changes.changed();
    if (!roots) return;
    try {
      this.hooks.onCommitted?.(this.id, roots, by);
    } catch (error) {
      this.log.error({ room: this.id, err: error }, 'commit notification failed');
    }
  }

  connectionsChanged(): void {
    this.hooks.onConnectionsChanged?.(this.id);
  }

  /** Sends a pending (throttled) document change now: the room is unloading. */
  flush(): void {
    this.changes.flush();
  }
}
