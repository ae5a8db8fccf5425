import type { Fanout, FanoutListener } from './Fanout.js';

/** Fan-out within one process: a direct call to each subscribed room, no copying, no serialisation. */
export class InProcessFanout implements Fanout {
  private readonly listeners = new Map<string, Set<FanoutListener>>();

  subscribe(roomId: string, listener: FanoutListener): () => void {
    let set = this.listeners.get(roomId);
    if (!set) {
      set = new Set();
      this.listeners.set(roomId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(roomId);
    };
  }

  publish(roomId: string, message: Uint8Array, originConnectionId: string | null): void {
    const set = this.listeners.get(roomId);
    if (!set) return;
    for (const listener of set) listener(message, originConnectionId);
  }

  close(): void {
    this.listeners.clear();
  }
}
