/** Called for every message published to a room this process subscribed to. */
export type FanoutListener = (message: Uint8Array, originConnectionId: string | null) => void;

/**
 * The port that carries a room's messages (updates already committed, awareness) to every process that has
 * clients in that room. In-process today; a Redis adapter lets several server instances share rooms.
 */
export interface Fanout {
  subscribe(roomId: string, listener: FanoutListener): () => void;
  /** Delivers `message` to every subscriber of `roomId`; `originConnectionId` lets a room skip the sender. */
  publish(roomId: string, message: Uint8Array, originConnectionId: string | null): void;
  close(): void | Promise<void>;
}
