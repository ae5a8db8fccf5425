import type * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { Principal } from './authorize.js';
import { Room, type RoomDeps } from './Room.js';

/**
 * The rooms held in memory, one per open playbook. A room is loaded on first use, unloaded (after a final
 * compaction) when its last connection leaves, and a playbook being unloaded is only loaded again once that
 * finished, so a new room never reads storage while the old one still writes to it.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  /** Server-side changes in progress per playbook id; a room is not unloaded while it has one. */
  private readonly serverChanges = new Map<string, number>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly log: Logger,
  ) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** The open room for `id`, loading it when needed. */
  async acquire(id: string): Promise<Room> {
    for (;;) {
      let pending = this.rooms.get(id);
      if (!pending) {
        pending = this.open(id);
        this.rooms.set(id, pending);
        pending.catch(() => {
          if (this.rooms.get(id) === pending) this.rooms.delete(id);
        });
      }
      const room = await pending;
      // The room may have emptied and begun unloading while we waited; then take the next one.
      if (!room.closed) {
        const idleTimer = this.idleTimers.get(room);
        if (idleTimer) {
          clearTimeout(idleTimer);
          this.idleTimers.delete(room);
        }
        return room;
      }
    }
  }

  /**
   * Who is connected to playbook `id` right now: the principals of its open connections, or none when the
   * room is not loaded. Never loads a room and never waits for a room's queue.
   */
  async connectedPrincipals(id: string): Promise<Principal[]> {
    const pending = this.rooms.get(id);
    if (!pending) return [];
    try {
      const room = await pending;
      return room.closed ? [] : [...room.connections.values()].map((connection) => connection.principal);
    } catch {
      // A room that failed to load has nobody in it.
      return [];
    }
  }

  private async open(id: string): Promise<Room> {
    await this.unloading.get(id);
    const room = await Room.load(id, this.deps, (broken) => this.release(broken, { compact: false }));
    this.deps.metrics.rooms.set(this.rooms.size);
    return room;
  }

  /**
   * Unloads `room` once no connection and no server-side change is left in it, after the idle grace period
   * (`ROOM_IDLE_UNLOAD_MS`): someone reloading the page finds it still in memory.
   */
  releaseIfEmpty(room: Room): void {
    if (!this.isIdle(room) || this.idleTimers.has(room)) return;
    const graceMs = this.deps.config.ROOM_IDLE_UNLOAD_MS;
    if (graceMs === 0) {
      this.release(room, { compact: true });
      return;
    }
    const timer = setTimeout(() => {
      this.idleTimers.delete(room);
      if (this.isIdle(room)) this.release(room, { compact: true });
    }, graceMs);
    this.idleTimers.set(room, timer);
  }

  private isIdle(room: Room): boolean {
    return !room.closed && room.connections.size === 0 && !this.serverChanges.has(room.id);
  }

  private readonly idleTimers = new Map<Room, NodeJS.Timeout>();

  /**
   * Changes playbook `id` on the server (a rename through the API, for example) through its room, loading the
   * room when nobody has it open: the change is committed and relayed to every connected editor like theirs.
   * Resolves once stored; the room is unloaded again afterwards when it is empty. `by` is the person on whose
   * behalf the server makes the change (for "last edit by" in the live view); null for the server itself.
   */
  async changeFromServer(id: string, mutate: (doc: Y.Doc) => void, by: Principal | null = null): Promise<void> {
    this.serverChanges.set(id, (this.serverChanges.get(id) ?? 0) + 1);
    let room: Room | undefined;
    try {
      room = await this.acquire(id);
      await room.changeFromServer(mutate, by);
    } finally {
      const left = (this.serverChanges.get(id) ?? 1) - 1;
      if (left > 0) {
        this.serverChanges.set(id, left);
      } else {
        this.serverChanges.delete(id);
        if (room) this.releaseIfEmpty(room);
      }
    }
  }

  private release(room: Room, options: { compact: boolean }): void {
    if (room.closed) return;
    room.closed = true;
    // A closed room is never handed out again, so the entry under its id is always this room's.
    this.rooms.delete(room.id);
    this.deps.metrics.rooms.set(this.rooms.size);
    const done = room
      .unload(options)
      .catch((error: unknown) => this.log.error({ room: room.id, err: error }, 'unloading a room failed'))
      .finally(() => {
        if (this.unloading.get(room.id) === done) this.unloading.delete(room.id);
      });
    this.unloading.set(room.id, done);
  }

  /** Unloads every room (final compaction included); used at shutdown. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    for (const result of rooms) if (result.status === 'fulfilled') this.release(result.value, { compact: true });
    await Promise.all([...this.unloading.values()]);
  }
}
