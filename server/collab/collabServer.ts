import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { COLLAB_PATH_PREFIX, isValidRoomName } from '../../shared/protocol/roomName.js';
import type { Authorize, Principal } from './authorize.js';
import { Connection } from './Connection.js';
import { KEEP_ALIVE_MESSAGE } from './messages.js';
import { MalformedMessageError, type Room, type RoomDeps } from './Room.js';
import { isAllowedOrigin } from '../security/isAllowedOrigin.js';
import { RoomRegistry } from './RoomRegistry.js';
import type { RejectReason } from '../ops/metrics.js';

/**
 * A socket that has not been authorised yet gets this little (and config.AUTH_TIMEOUT_MS): authorisation
 * reads a cookie or token and a few rows, and a legitimate client sends two or three small messages (sync
 * step 1, awareness) before its first answer.
 */
const UNAUTHENTICATED_BUDGET = { messages: 16, bytes: 256 * 1024 };
/** Idle connections get a keep-alive after this long without traffic (stock clients give up after 30 s). */
const KEEP_ALIVE_AFTER_MS = 15_000;
const KEEP_ALIVE_CHECK_MS = 1_000;

// Codes `ws` puts on frame-level errors, mapped to the reason we count.
const WS_ERROR_REASONS: Record<string, RejectReason> = {
  WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: 'message_too_big',
  WS_ERR_INVALID_UTF8: 'invalid_utf8',
};

export interface CollabServer {
  registry: RoomRegistry;
  connectionCount(): number;
  /**
   * Closes the connections of `subject` (a user or token id) to `roomId`, or to every room when null:
   * `removed` with 4410 and `signedOut` with 4401 (both final), `roleChanged` with 4010 (the client
   * reconnects with its new rights).
   */
  dropSubject(subject: string, roomId: string | null, effect: 'removed' | 'signedOut' | 'roleChanged'): number;
  /** Stops accepting sockets, closes every connection with 1001 and unloads every room. */
  close(): Promise<void>;
}

/**
 * The y-websocket endpoint `/collab/<playbookId>` on an existing HTTP server. Each upgrade is validated
 * (room name), authorised (`authorize`), then handed to its room.
 */
export function attachCollabServer(httpServer: Server, deps: RoomDeps & { authorize: Authorize }): CollabServer {
  const { config, metrics, log } = deps;
  const registry = new RoomRegistry(deps, log);
  const connections = new Set<Connection>();
  const perAddress = new Map<string, number>();
  let accepting = true;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A raw socket without an error listener crashes the process on ECONNRESET.
    socket.on('error', (error) => log.debug({ err: error }, 'upgrade socket error'));
    if (!accepting) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    if (!isAllowedOrigin(request, config.ALLOWED_ORIGINS)) {
      metrics.rejected.labels('cross_origin').inc();
      log.warn({ originLength: request.headers.origin?.length }, 'websocket from another origin refused');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const address = request.socket.remoteAddress ?? 'unknown';
    const open = perAddress.get(address) ?? 0;
    if (open >= config.MAX_CONNECTIONS_PER_ADDRESS) {
      metrics.rejected.labels('too_many_connections').inc();
      log.warn({ openConnections: open }, 'too many connections from one address');
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
      return;
    }
    // Counted from the upgrade until the socket closes, whatever happens in between.
    perAddress.set(address, open + 1);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(COLLAB_PATH_PREFIX)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const roomId = pathname.slice(COLLAB_PATH_PREFIX.length);
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error: Error & { code?: string }) => {
        metrics.rejected.labels(WS_ERROR_REASONS[error.code ?? ''] ?? 'protocol_error').inc();
        log.warn({ code: error.code, message: error.message }, 'websocket protocol error');
      });
      if (!isValidRoomName(roomId)) {
        // The raw name is never logged: it may be long or crafted. Its length is enough to debug.
        metrics.rejected.labels('invalid_room').inc();
        log.warn({ roomNameLength: roomId.length }, 'invalid room name');
        ws.close(CloseCodes.invalidRoom.code, CloseCodes.invalidRoom.reason);
        return;
      }
      void admit(ws, socket as Socket, request, roomId);
    });
  };
  httpServer.on('upgrade', onUpgrade);

  async function admit(ws: WebSocket, socket: Socket, request: IncomingMessage, roomId: string): Promise<void> {
    // Messages that arrive while authorising and loading are kept, in order, until the room is ready.
    const early: Array<{ data: Buffer; isBinary: boolean }> = [];
    let earlyBytes = 0;
    let connection: Connection | null = null;
    let room: Room | null = null;
    let gone = false;
    let authorised = false;
    const refuseFlood = () => {
      // Flooding before the room is even loaded: same answer as any other flood.
      gone = true;
      metrics.rejected.labels('rate_limited').inc();
      log.warn({ room: roomId, reason: 'rate_limited', earlyMessages: early.length }, 'connection refused');
      early.length = 0;
      ws.close(CloseCodes.rateLimited.code, CloseCodes.rateLimited.reason);
    };
    const authTimer = setTimeout(() => {
      if (authorised || gone) return;
      gone = true;
      metrics.rejected.labels('unauthorized').inc();
      log.warn({ room: roomId }, 'authorisation took too long; connection closed');
      ws.close(CloseCodes.unauthorized.code, CloseCodes.unauthorized.reason);
    }, config.AUTH_TIMEOUT_MS);

    ws.on('message', (data: Buffer, isBinary: boolean) => {
      metrics.bytesIn.inc(data.byteLength);
      if (connection && room) {
        onMessage(connection, room, data, isBinary);
        return;
      }
      if (gone) return;
      early.push({ data, isBinary });
      earlyBytes += data.byteLength;
      const budget = authorised
        ? { messages: config.RATE_LIMIT_BURST, bytes: config.MAX_BUFFERED_BYTES }
        : UNAUTHENTICATED_BUDGET;
      if (earlyBytes > budget.bytes || early.length > budget.messages) refuseFlood();
    });
    ws.on('close', () => {
      gone = true;
      clearTimeout(authTimer);
      if (!connection) return;
      connection.markClosed();
      connections.delete(connection);
      metrics.connections.set(connections.size);
      if (room && room.leave(connection)) registry.releaseIfEmpty(room);
    });

    let principal: Principal;
    try {
      const decision = await deps.authorize(request, roomId);
      clearTimeout(authTimer);
      if (gone) return;
      if (!decision.ok) {
        metrics.rejected.labels(decision.close === CloseCodes.invalidRoom ? 'invalid_room' : 'unauthorized').inc();
        ws.close(decision.close.code, decision.close.reason);
        return;
      }
      principal = decision.principal;
      authorised = true;
      room = await registry.acquire(roomId);
    } catch (error) {
      clearTimeout(authTimer);
      log.error({ room: roomId, err: error }, 'could not open room');
      ws.close(CloseCodes.internalError.code, CloseCodes.internalError.reason);
      return;
    }
    if (gone) {
      registry.releaseIfEmpty(room);
      return;
    }
    const joined = new Connection(ws, socket, roomId, principal, { config, metrics, log });
    connection = joined;
    connections.add(joined);
    metrics.connections.set(connections.size);
    ws.on('pong', () => {
      joined.alive = true;
    });
    room.join(joined);
    for (const message of early) onMessage(joined, room, message.data, message.isBinary);
    early.length = 0;
  }

  function onMessage(connection: Connection, room: Room, data: Buffer, isBinary: boolean): void {
    if (!connection.isOpen) return;
    connection.alive = true;
    if (!isBinary) {
      connection.reject(CloseCodes.unsupportedData, 'text_frame');
      return;
    }
    if (!connection.takeFrameToken()) {
      connection.reject(CloseCodes.rateLimited, 'rate_limited');
      return;
    }
    try {
      room.handleMessage(connection, data);
    } catch (error) {
      if (error instanceof MalformedMessageError) {
        connection.reject(CloseCodes.malformedMessage, 'malformed', { error: error.message });
      } else {
        log.error({ room: room.id, err: error }, 'message handling failed');
        connection.reject(CloseCodes.internalError, 'malformed');
      }
    }
  }

  const pingTimer = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        metrics.rejected.labels('timeout').inc();
        log.info({ connection: connection.id, room: connection.roomId }, 'peer missed a ping, dropping it');
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
    }
  }, config.PING_INTERVAL_MS);
  const keepAliveTimer = setInterval(() => {
    const threshold = Date.now() - KEEP_ALIVE_AFTER_MS;
    const heldDeadline = Date.now() - config.HELD_UPDATE_TIMEOUT_MS;
    for (const connection of connections) {
      if (connection.heldSinceMs !== null && connection.heldSinceMs < heldDeadline) {
        connection.reject(CloseCodes.updateRejected, 'missing_dependencies', { detail: 'held update timed out' });
        continue;
      }
      if (connection.lastSentAtMs < threshold) connection.send(KEEP_ALIVE_MESSAGE);
    }
  }, KEEP_ALIVE_CHECK_MS);

  return {
    registry,
    connectionCount: () => connections.size,
    dropSubject(subject, roomId, effect) {
      const code =
        effect === 'removed'
          ? CloseCodes.removed
          : effect === 'signedOut'
            ? CloseCodes.unauthorized
            : CloseCodes.accessChanged;
      let dropped = 0;
      for (const connection of connections) {
        if (connection.principal.subject !== subject) continue;
        if (roomId !== null && connection.roomId !== roomId) continue;
        connection.close(code);
        dropped += 1;
      }
      if (dropped > 0) log.info({ dropped, effect }, 'access changed: connections closed');
      return dropped;
    },
    async close() {
      accepting = false;
      clearInterval(pingTimer);
      clearInterval(keepAliveTimer);
      httpServer.off('upgrade', onUpgrade);
      for (const connection of connections) connection.close(CloseCodes.serverShutdown);
      await registry.closeAll();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
