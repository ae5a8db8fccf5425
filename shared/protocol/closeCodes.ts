/**
 * WebSocket close codes the collaboration server sends, with the reason text that goes on the wire.
 * The client maps them to a message the user understands (see client/collab/connectionStatus.ts).
 * 4000–4999 is the range RFC 6455 leaves to applications; 1xxx codes are the protocol's own.
 * Stock y-websocket clients never reconnect after a code in 4400–4499 (a deliberate, final refusal), so
 * conditions a reconnect can fix use 40xx instead.
 */
export const CloseCodes = {
  /** The server is shutting down or restarting; the client should reconnect. */
  serverShutdown: { code: 1001, reason: 'server-shutdown' },
  /** Frame-level protocol violation detected by `ws` (bad opcode, reserved bits, bad fragments). */
  protocolError: { code: 1002, reason: 'protocol-error' },
  /** A text frame: the y-websocket protocol is binary only. (Invalid UTF-8 gets 1007 from `ws` itself.) */
  unsupportedData: { code: 1003, reason: 'unsupported-data' },
  /** A single message was larger than the configured maximum (enforced by `ws`). */
  messageTooBig: { code: 1009, reason: 'message-too-big' },
  /** Unexpected server fault, for example storage not answering. */
  internalError: { code: 1011, reason: 'internal-error' },
  /** A message could not be decoded (truncated varint, unknown sync step, garbage). */
  malformedMessage: { code: 4400, reason: 'malformed-message' },
  /** No valid credentials on the upgrade request. */
  unauthorized: { code: 4401, reason: 'unauthorized' },
  /** Credentials are valid but do not give access to this playbook. */
  forbidden: { code: 4403, reason: 'forbidden' },
  /**
   * A facilitator took this person out of the playbook (or out of a learning group), or revoked the access
   * token this connection used, while it was open. Final, like 4403, but the client can say what happened.
   */
  removed: { code: 4410, reason: 'removed' },
  /** The playbook id in the URL is not a valid room name, or no playbook has that id. */
  invalidRoom: { code: 4404, reason: 'invalid-room' },
  /** The client went quiet: it did not answer pings. Retryable (outside 4400–4499). */
  timeout: { code: 4008, reason: 'timeout' },
  /** Accepting the update would grow the playbook past the configured maximum size. */
  documentTooLarge: { code: 4413, reason: 'document-too-large' },
  /** A Yjs update failed to apply or refers to content the server does not have. */
  updateRejected: { code: 4422, reason: 'update-rejected' },
  /** The connection sent more messages per second than allowed. Retryable, with the client's back-off. */
  rateLimited: { code: 4029, reason: 'rate-limited' },
  /**
   * The person's role in the playbook changed (a facilitator made them reader or editor). Retryable: the
   * client reconnects at once and gets its new rights. (Removal from the playbook closes with 4410.)
   */
  accessChanged: { code: 4010, reason: 'access-changed' },
  /** The connection did not read what the server sent it, and its send buffer grew too large. Retryable. */
  slowConsumer: { code: 4030, reason: 'slow-consumer' },
} as const satisfies Record<string, { code: number; reason: string }>;

export type CloseCodeName = keyof typeof CloseCodes;

/** Finds the name of a close code, for clients and logs; undefined for codes we never send. */
export function closeCodeName(code: number): CloseCodeName | undefined {
  for (const [name, value] of Object.entries(CloseCodes)) {
    if (value.code === code) return name as CloseCodeName;
  }
  return undefined;
}
