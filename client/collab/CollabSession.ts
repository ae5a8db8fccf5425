import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH_PREFIX } from '../../shared/protocol/roomName.js';
import type { LocalUser } from '../identity/LocalUser.js';
import { connectionStatus, type ConnectionFacts, type ConnectionStatus } from './connectionStatus.js';
import { SaveTracker } from './SaveTracker.js';

/** Someone with the playbook open, as announced in awareness. */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  isLocal: boolean;
}

/** What the UI renders; a new object whenever something in it changed. */
export interface CollabSnapshot {
  status: ConnectionStatus;
  peers: readonly Peer[];
}

const awarenessUser = (state: Record<string, unknown>): { name: string; color: string } | null => {
  const user = state['user'];
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as Record<string, unknown>;
  if (typeof name !== 'string' || typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return null;
  return { name: name.slice(0, 60), color };
};

/**
 * One open playbook: its Y.Doc, the websocket provider, what is saved, and who is present. Created outside
 * React render (see `sessionRegistry`) so StrictMode's double mount does not open two sockets.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly saveTracker: SaveTracker;
  private readonly listeners = new Set<() => void>();
  private facts: ConnectionFacts = {
    connected: false,
    synced: false,
    lostConnection: false,
    unsaved: false,
    closeCode: null,
  };
  private snapshot: CollabSnapshot;

  constructor(
    readonly playbookId: string,
    user: LocalUser,
  ) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const serverUrl = `${scheme}://${window.location.host}${COLLAB_PATH_PREFIX.replace(/\/$/, '')}`;
    this.provider = new WebsocketProvider(serverUrl, playbookId, this.doc, {
      // The server is the only path between editors: no silent same-browser sync that hides a broken server.
      disableBc: true,
      shouldReconnect: (event) => connectionStatus({ ...this.facts, closeCode: event.code }).kind !== 'stopped',
    });
    this.provider.awareness.setLocalStateField('user', { name: user.name, color: user.color });
    this.saveTracker = new SaveTracker(this.doc, this.provider, this.refresh);
    this.snapshot = { status: connectionStatus(this.facts), peers: this.readPeers() };

    this.provider.on('status', ({ status }) => {
      this.facts.connected = status === 'connected';
      // The provider re-announces our cursor with an unchanged clock on reconnect, which every peer ignores
      // (they saw us leave at that clock): re-setting the state bumps the clock so we reappear at once.
      if (status === 'connected') this.provider.awareness.setLocalState(this.provider.awareness.getLocalState());
      this.refresh();
    });
    this.provider.on('sync', (synced) => {
      this.facts.synced = synced;
      if (synced) this.facts.closeCode = null;
      this.refresh();
    });
    this.provider.on('connection-close', (event) => {
      this.facts.connected = false;
      this.facts.synced = false;
      this.facts.lostConnection = true;
      this.facts.closeCode = event?.code ?? null;
      this.refresh();
    });
    this.provider.awareness.on('change', this.refresh);
  }

  /** Shows a new name or colour to the others. */
  setUser(user: LocalUser): void {
    this.provider.awareness.setLocalStateField('user', { name: user.name, color: user.color });
  }

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): CollabSnapshot => this.snapshot;

  destroy(): void {
    this.listeners.clear();
    this.provider.awareness.off('change', this.refresh);
    this.saveTracker.destroy();
    this.provider.destroy();
    this.doc.destroy();
  }

  private readonly refresh = (): void => {
    this.facts.unsaved = this.saveTracker.unsaved;
    const status = connectionStatus(this.facts);
    const peers = this.readPeers();
    const previous = this.snapshot;
    const sameStatus = JSON.stringify(previous.status) === JSON.stringify(status);
    const samePeers = JSON.stringify(previous.peers) === JSON.stringify(peers);
    if (sameStatus && samePeers) return;
    this.snapshot = { status: sameStatus ? previous.status : status, peers: samePeers ? previous.peers : peers };
    for (const listener of this.listeners) listener();
  };

  private readPeers(): Peer[] {
    const localId = this.doc.clientID;
    const peers: Peer[] = [];
    for (const [clientId, state] of this.provider.awareness.getStates()) {
      const user = awarenessUser(state);
      if (user) peers.push({ clientId, ...user, isLocal: clientId === localId });
    }
    // You first, then everyone else by name, so the list does not jump around.
    return peers.sort(
      (a, b) => Number(b.isLocal) - Number(a.isLocal) || a.name.localeCompare(b.name, 'da') || a.clientId - b.clientId,
    );
  }
}
