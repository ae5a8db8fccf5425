import { closeCodeName, type CloseCodeName } from '../../shared/protocol/closeCodes.js';

/** Translation keys of the short indicator text. */
export type StatusMessageKey =
  | 'status.connecting'
  | 'status.reconnecting'
  | 'status.saving'
  | 'status.saved'
  | 'status.offline'
  | 'status.offlineUnsaved'
  | 'status.offlineStoredLocally'
  | 'status.stopped';

/** Translation keys explaining why the server closed the connection. */
export type CloseMessageKey =
  | 'closed.serverShutdown'
  | 'closed.internalError'
  | 'closed.timeout'
  | 'closed.rateLimited'
  | 'closed.slowConsumer'
  | 'closed.accessChanged'
  | 'closed.invalidRoom'
  | 'closed.notFound'
  | 'closed.unauthorized'
  | 'closed.forbidden'
  | 'closed.removed'
  | 'closed.documentTooLarge'
  | 'closed.messageTooBig'
  | 'closed.updateRejected'
  | 'closed.malformed';

/**
 * What the connection indicator shows. `stopped` means the server refused us for a reason reconnecting
 * cannot fix: the client stops trying and `reasonKey` explains it.
 */
export type ConnectionStatus =
  | { kind: 'connecting' | 'saving' | 'saved'; messageKey: StatusMessageKey }
  | { kind: 'offline'; messageKey: StatusMessageKey; reasonKey: CloseMessageKey | null }
  | { kind: 'stopped'; messageKey: 'status.stopped'; reasonKey: CloseMessageKey };

/** The facts the status is derived from; `CollabSession` keeps them up to date. */
export interface ConnectionFacts {
  /** The socket is open. */
  connected: boolean;
  /** The sync handshake on the current socket is complete. */
  synced: boolean;
  /** At least one connection attempt closed or failed since the page opened. */
  lostConnection: boolean;
  /** Local changes exist that the server has not confirmed as stored. */
  unsaved: boolean;
  /** Every local change is stored in this browser's IndexedDB, so it survives a reload until the server has it. */
  storedLocally: boolean;
  /** Code of the last close the server sent; null when none or when we closed locally. */
  closeCode: number | null;
}

// Every close code the server sends: what it means to the user, and whether reconnecting can help.
const CLOSE_POLICY: Record<CloseCodeName, { reasonKey: CloseMessageKey; retry: boolean }> = {
  serverShutdown: { reasonKey: 'closed.serverShutdown', retry: true },
  internalError: { reasonKey: 'closed.internalError', retry: true },
  timeout: { reasonKey: 'closed.timeout', retry: true },
  rateLimited: { reasonKey: 'closed.rateLimited', retry: true },
  slowConsumer: { reasonKey: 'closed.slowConsumer', retry: true },
  accessChanged: { reasonKey: 'closed.accessChanged', retry: true },
  // The client opens sockets only for well-formed ids (see parseRoute), so here it means: no such playbook.
  invalidRoom: { reasonKey: 'closed.notFound', retry: false },
  unauthorized: { reasonKey: 'closed.unauthorized', retry: false },
  forbidden: { reasonKey: 'closed.forbidden', retry: false },
  removed: { reasonKey: 'closed.removed', retry: false },
  // Reconnecting would send the same refused change again, in the sync handshake.
  documentTooLarge: { reasonKey: 'closed.documentTooLarge', retry: false },
  messageTooBig: { reasonKey: 'closed.messageTooBig', retry: false },
  updateRejected: { reasonKey: 'closed.updateRejected', retry: false },
  malformedMessage: { reasonKey: 'closed.malformed', retry: false },
  protocolError: { reasonKey: 'closed.malformed', retry: false },
  unsupportedData: { reasonKey: 'closed.malformed', retry: false },
};

/**
 * Derives the one honest status from the facts: "saved" only when the server confirmed every local change,
 * "offline" as soon as a socket is lost (saying whether unsent changes are safe in this browser's storage or
 * only in this tab), and a plain explanation when the server refused us.
 * Unknown close codes (1006 when the network drops, for example) count as temporary.
 */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  const name = facts.closeCode === null ? undefined : closeCodeName(facts.closeCode);
  const policy = name === undefined ? null : CLOSE_POLICY[name];
  if (policy && !policy.retry) return { kind: 'stopped', messageKey: 'status.stopped', reasonKey: policy.reasonKey };
  if (facts.connected && facts.synced) {
    return facts.unsaved
      ? { kind: 'saving', messageKey: 'status.saving' }
      : { kind: 'saved', messageKey: 'status.saved' };
  }
  if (facts.connected || !facts.lostConnection) {
    return { kind: 'connecting', messageKey: facts.lostConnection ? 'status.reconnecting' : 'status.connecting' };
  }
  return {
    kind: 'offline',
    messageKey: facts.unsaved
      ? facts.storedLocally
        ? 'status.offlineStoredLocally'
        : 'status.offlineUnsaved'
      : 'status.offline',
    reasonKey: policy?.reasonKey ?? null,
  };
}
