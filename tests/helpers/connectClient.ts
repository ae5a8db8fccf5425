import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  destroy(): void;
}

/**
 * A headless stock y-websocket client connected to `collabUrl`/`room`, sending `cookie` (a session, see
 * people.ts) on the upgrade when given. BroadcastChannel is disabled:
 * otherwise same-process clients would sync without the server and tests would pass falsely.
 */
export function connectClient(
  collabUrl: string,
  room: string,
  options: { connect?: boolean; params?: Record<string, string>; cookie?: string } = {},
): TestClient {
  const doc = new Y.Doc();
  const { cookie } = options;
  // The session cookie goes on every (re)connection, as a browser sends it.
  const Socket = cookie
    ? class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie } });
        }
      }
    : WebSocket;
  const provider = new WebsocketProvider(collabUrl, room, doc, {
    // reason: ws's WebSocket is API-compatible with the DOM one the provider is typed against.
    WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    params: options.params ?? {},
  });
  return {
    doc,
    provider,
    text: doc.getText('text'),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the provider completed the sync handshake with the server. */
export function synced(client: TestClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('client did not sync in time')), timeoutMs);
    client.provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
