import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { COLLAB_PATH_PREFIX } from '../../shared/protocol/roomName.js';
import { reportSessionDoubt, reportSessionEnded } from '../auth/sessionEnded.js';
import type { LocalUser } from '../identity/LocalUser.js';
import { connectionStatus, type ConnectionFacts, type ConnectionStatus } from './connectionStatus.js';
import { LocalCopy } from './LocalCopy.js';
import { awarenessUser, peerFromAwareness, type Peer } from './Peer.js';
import { SaveTracker } from './SaveTracker.js';

export type { Peer } from './Peer.js';

export { localDatabaseName } from './localDatabase.js';

/** What the UI renders; a new object whenever something in it changed. */
export interface CollabSnapshot {
  status: ConnectionStatus;
  peers: readonly Peer[];
  /** The server's copy arrived at least once since the page opened (the document is no longer a blank). */
  everSynced: boolean;
}

/**
 * One open playbook: its Y.Doc, the websocket provider, the browser's IndexedDB copy (offline edits survive
 * a reload and merge on reconnect; opened only when the page says so, see `LocalCopy`), what is saved, and
 * who is present. Created outside React render (see
 * `sessionRegistry`) so StrictMode's double mount does not open two sockets. The client never seeds: a
 * playbook's first content comes from the server.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly localCopy: LocalCopy;
  private readonly saveTracker: SaveTracker;
  private readonly listeners = new Set<() => void>();
  private facts: ConnectionFacts = {
    connected: false,
    synced: false,
    lostConnection: false,
    unsaved: false,
    storedLocally: true,
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
    this.provider.awareness.setLocalStateField('user', awarenessUser(user));
    this.saveTracker = new SaveTracker(this.doc, this.provider, this.refresh);
    this.localCopy = new LocalCopy(playbookId, this.doc, this.provider, this.refresh);
    // y-websocket ignores the browser's offline signal and would sit on a dead socket until its 30 s
    // timeout; dropping it at once keeps the indicator honest, and coming back online reconnects.
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);
    this.snapshot = { status: connectionStatus(this.facts), peers: this.readPeers(), everSynced: false };

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
      // The session behind the socket expired or was ended: the app shows the sign-in page.
      if (event?.code === CloseCodes.unauthorized.code) reportSessionEnded();
      else if (event?.code === CloseCodes.forbidden.code) reportSessionDoubt();
    });
    this.provider.awareness.on('change', this.refresh);
  }

  /** Shows a new name, organisation or colour to the others. */
  setUser(user: LocalUser): void {
    const next = awarenessUser(user);
    const current: unknown = this.provider.awareness.getLocalState()?.['user'];
    if (JSON.stringify(current) !== JSON.stringify(next)) this.provider.awareness.setLocalStateField('user', next);
  }

  /** Local changes exist that the server has not confirmed as stored. */
  get unsaved(): boolean {
    return this.saveTracker.unsaved;
  }

  /** Tells the others which section we are working in (null: none). */
  setSection(section: SectionId | null): void {
    if (this.provider.awareness.getLocalState()?.['section'] === section) return;
    this.provider.awareness.setLocalStateField('section', section);
  }

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): CollabSnapshot => this.snapshot;

  destroy(): void {
    this.listeners.clear();
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    this.provider.awareness.off('change', this.refresh);
    this.saveTracker.destroy();
    this.localCopy.destroy();
    this.provider.destroy();
    this.doc.destroy();
  }

  private readonly goOffline = (): void => {
    if (this.snapshot.status.kind === 'stopped') return;
    this.provider.disconnect();
  };

  private readonly goOnline = (): void => {
    if (this.snapshot.status.kind === 'stopped' || this.provider.shouldConnect) return;
    this.provider.connect();
  };

  private readonly refresh = (): void => {
    this.facts.unsaved = this.saveTracker.unsaved;
    this.facts.storedLocally = this.localCopy.allStored;
    this.localCopy.noteUnsaved(this.facts.unsaved);
    const status = connectionStatus(this.facts);
    const peers = this.readPeers();
    const previous = this.snapshot;
    const everSynced = previous.everSynced || this.facts.synced;
    const sameStatus = JSON.stringify(previous.status) === JSON.stringify(status);
    const samePeers = JSON.stringify(previous.peers) === JSON.stringify(peers);
    if (sameStatus && samePeers && everSynced === previous.everSynced) return;
    this.snapshot = {
      status: sameStatus ? previous.status : status,
      peers: samePeers ? previous.peers : peers,
      everSynced,
    };
    for (const listener of this.listeners) listener();
  };

  private readPeers(): Peer[] {
    const localId = this.doc.clientID;
    const peers: Peer[] = [];
    for (const [clientId, state] of this.provider.awareness.getStates()) {
      const peer = peerFromAwareness(clientId, state, localId);
      if (peer) peers.push(peer);
    }
    // You first, then everyone else by name, so the list does not jump around.
    return peers.sort(
      (a, b) => Number(b.isLocal) - Number(a.isLocal) || a.name.localeCompare(b.name, 'da') || a.clientId - b.clientId,
    );
  }
}
