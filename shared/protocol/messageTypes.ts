/**
 * Top-level message types of the standard y-websocket protocol (y-protocols). Every message starts with one
 * of these as a varint; the stock `WebsocketProvider` from `y-websocket` speaks exactly these.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** Sub-types of a sync message (y-protocols/sync). */
export const SyncStep = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** Sub-type of an auth message: the only one y-protocols defines. */
export const AuthMessage = {
  permissionDenied: 0,
} as const;
