import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;

/** Traffic one client received, counted at the socket. */
export interface Traffic {
  messages: number;
  bytes: number;
}

/** A stock y-websocket client with counters; one Y.Doc per client, as in a browser tab. */
export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  /** Side map: writer id → sequence number of its latest edit, used to time each edit's arrival. */
  stamps: Y.Map<number>;
  traffic: Traffic;
  /** Close codes of connections that closed without us asking. */
  unexpectedCloses: number[];
  destroy(): void;
}

/**
 * Connects a stock `WebsocketProvider` (BroadcastChannel off, so nothing bypasses the server) whose socket
 * counts what it receives and reports sync-step-2 replies to `serverAck`.
 */
export function connectBenchClient(
  ctx: { collabBaseUrl: string; socketHeaders: Record<string, string> },
  room: string,
): BenchClient {
  const { collabBaseUrl, socketHeaders } = ctx;
  const traffic: Traffic = { messages: 0, bytes: 0 };
  const step2Listeners = new Set<() => void>();
  class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: socketHeaders });
      this.on('message', (data: WebSocket.RawData) => {
        const bytes = toBytes(data);
        traffic.messages += 1;
        traffic.bytes += bytes.byteLength;
        if (bytes[0] === MESSAGE_SYNC && bytes[1] === SYNC_STEP_2) for (const listener of step2Listeners) listener();
      });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabBaseUrl, room, doc, {
    // reason: ws's WebSocket is API-compatible with the DOM one the provider is typed against.
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  let destroyed = false;
  const unexpectedCloses: number[] = [];
  provider.on('connection-close', (event) => {
    if (!destroyed && event) unexpectedCloses.push(event.code);
  });
  const client: BenchClient = {
    doc,
    provider,
    text: doc.getText('text'),
    stamps: doc.getMap<number>('stamps'),
    traffic,
    unexpectedCloses,
    destroy() {
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
  step2ListenersOf.set(client, step2Listeners);
  return client;
}

const step2ListenersOf = new WeakMap<BenchClient, Set<() => void>>();

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data);
  return data;
}

/** Resolves once the provider finished the sync handshake; rejects after `timeoutMs`. */
export function waitSynced(client: BenchClient, timeoutMs: number): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      client.provider.off('sync', onSync);
      resolve();
    };
    const timer = setTimeout(() => {
      client.provider.off('sync', onSync);
      reject(new Error(`client did not sync within ${timeoutMs} ms`));
    }, timeoutMs);
    client.provider.on('sync', onSync);
  });
}

/**
 * Resolves once the server has processed everything this client sent so far: sends a sync step 1 (as the
 * provider does on connect) and waits for the step-2 reply, which both servers send only after handling the
 * earlier messages of the same socket.
 */
export function serverAck(client: BenchClient, timeoutMs: number): Promise<void> {
  const ws = client.provider.ws;
  const listeners = step2ListenersOf.get(client);
  if (!ws || ws.readyState !== WebSocket.OPEN || !listeners) return Promise.reject(new Error('client not connected'));
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      listeners.delete(done);
      resolve();
    };
    const timer = setTimeout(() => {
      listeners.delete(done);
      reject(new Error(`server did not answer a sync step 1 within ${timeoutMs} ms`));
    }, timeoutMs);
    listeners.add(done);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, client.doc);
    ws.send(encoding.toUint8Array(encoder));
  });
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  });
  await Promise.all(lanes);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
