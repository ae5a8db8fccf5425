import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { MessageType, SyncStep } from '../../shared/protocol/messageTypes.js';

/**
 * Knows whether the server has stored every local change.
 *
 * The server handles a connection's messages in order and stores an update before it answers anything sent
 * after it. So after local changes we send a sync step 1 (our state vector) as a probe; when the server's
 * step 2 reply arrives, every change sent before the probe is stored. One probe is in flight at a time.
 * Changes made offline travel in our answer to the server's step 1, so probes wait for that step 1 too.
 * A server step 1 that arrives while a probe is in flight means the server is holding an update until our
 * answer: that probe's reply proves nothing, so it is ignored and a new probe follows our answer.
 */
export class SaveTracker {
  private localVersion = 0;
  private savedVersion = 0;
  /** Local version at the time the probe in flight was sent; null when none is in flight. */
  private probeVersion: number | null = null;
  /** Step 2 replies still to come for probes that were invalidated; they must not count as acks. */
  private repliesToIgnore = 0;
  /** The server's step 1 on the current socket arrived (and we answered it with our missing changes). */
  private answeredServerStep1 = false;
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly onChange: () => void,
  ) {
    doc.on('update', this.onDocUpdate);
    provider.on('sync', this.onSync);
    provider.on('connection-close', this.onSocketGone);
    const handleSync = provider.messageHandlers[MessageType.sync];
    if (!handleSync) throw new Error('y-websocket provider without a sync handler');
    provider.messageHandlers[MessageType.sync] = (encoder, decoder, p, emitSynced, messageType) => {
      const wasSynced = p.synced;
      const step = decoding.peekVarUint(decoder);
      handleSync(encoder, decoder, p, emitSynced, messageType);
      // Only a step 2 that arrives after the first one answers a probe: we send no other step 1.
      if (step === SyncStep.step2 && wasSynced) this.onProbeAnswered();
      if (step === SyncStep.step1) {
        if (this.probeVersion !== null) {
          this.repliesToIgnore += 1;
          this.probeVersion = null;
        }
        this.answeredServerStep1 = true;
        this.scheduleProbe();
      }
    };
  }

  /** True when local changes exist that the server has not confirmed as stored. */
  get unsaved(): boolean {
    return this.localVersion > this.savedVersion;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.probeTimer !== null) clearTimeout(this.probeTimer);
    this.doc.off('update', this.onDocUpdate);
    this.provider.off('sync', this.onSync);
    this.provider.off('connection-close', this.onSocketGone);
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return; // came from the server, nothing to save
    const wasUnsaved = this.unsaved;
    this.localVersion += 1;
    if (!wasUnsaved) this.onChange();
    this.scheduleProbe();
  };

  private readonly onSync = (synced: boolean): void => {
    if (synced) this.scheduleProbe();
  };

  private readonly onSocketGone = (): void => {
    this.probeVersion = null;
    this.repliesToIgnore = 0;
    this.answeredServerStep1 = false;
  };

  private onProbeAnswered(): void {
    if (this.repliesToIgnore > 0) {
      this.repliesToIgnore -= 1;
      return;
    }
    if (this.probeVersion === null) return;
    const wasUnsaved = this.unsaved;
    this.savedVersion = Math.max(this.savedVersion, this.probeVersion);
    this.probeVersion = null;
    if (wasUnsaved !== this.unsaved) this.onChange();
    this.scheduleProbe();
  }

  // Deferred: the provider sends its reply to a message only after our handler returned, and a burst of
  // keystrokes needs one probe, not one each.
  private scheduleProbe(): void {
    if (this.probeTimer !== null || this.destroyed) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      this.sendProbe();
    }, 0);
  }

  private sendProbe(): void {
    const ws = this.provider.ws;
    if (!this.unsaved || this.probeVersion !== null) return;
    if (!this.provider.synced || !this.answeredServerStep1 || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.probeVersion = this.localVersion;
    ws.send(encoding.toUint8Array(encoder));
  }
}
