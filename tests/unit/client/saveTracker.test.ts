import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterEach, expect, test } from 'vitest';
import { SaveTracker } from '../../../client/collab/SaveTracker.js';
import { MessageType, SyncStep } from '../../../shared/protocol/messageTypes.js';

// The probe protocol message by message, with a scripted server: no network, exact orderings.
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setup() {
  const doc = new Y.Doc();
  const server = new Y.Doc();
  const provider = new WebsocketProvider('ws://unused.invalid', 'room', doc, {
    connect: false,
    disableBc: true,
    // reason: ws's WebSocket is API-compatible with the DOM one the provider is typed against.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const sent: Uint8Array[] = [];
  // A socket that is open and records what the client sends.
  provider.ws = {
    readyState: 1,
    OPEN: 1,
    send: (data: Uint8Array) => sent.push(data),
  } as unknown as globalThis.WebSocket;
  provider.wsconnected = true;
  const tracker = new SaveTracker(doc, provider, () => {});
  cleanups.push(() => {
    tracker.destroy();
    provider.ws = null;
    provider.destroy();
    doc.destroy();
  });

  /** Delivers one server message through the provider's real handlers, as its socket would. */
  const receive = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    write(encoder);
    const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
    const reply = encoding.createEncoder();
    const type = decoding.readVarUint(decoder);
    provider.messageHandlers[type]!(reply, decoder, provider, true, type);
    if (encoding.length(reply) > 1) sent.push(encoding.toUint8Array(reply));
  };
  const serverStep1 = () =>
    receive((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      syncProtocol.writeSyncStep1(e, server);
    });
  const serverStep2 = () =>
    receive((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      syncProtocol.writeSyncStep2(e, server, Y.encodeStateVector(doc));
    });
  const probesSent = () =>
    sent.filter((m) => {
      const d = decoding.createDecoder(m);
      return decoding.readVarUint(d) === MessageType.sync && decoding.readVarUint(d) === SyncStep.step1;
    }).length;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  return { doc, tracker, serverStep1, serverStep2, probesSent, tick };
}

test('a local change is unsaved until the reply to a probe sent after it arrives', async () => {
  const { doc, tracker, serverStep1, serverStep2, probesSent, tick } = setup();
  serverStep1();
  serverStep2(); // the handshake: now synced
  await tick();
  expect(tracker.unsaved).toBe(false);
  expect(probesSent()).toBe(0);

  doc.getText('t').insert(0, 'a');
  expect(tracker.unsaved).toBe(true);
  await tick();
  expect(probesSent()).toBe(1);
  doc.getText('t').insert(1, 'b'); // typed while the probe is in flight: not covered by it
  await tick();
  expect(probesSent()).toBe(1); // one probe at a time

  serverStep2();
  expect(tracker.unsaved).toBe(true);
  await tick();
  expect(probesSent()).toBe(2);
  serverStep2();
  expect(tracker.unsaved).toBe(false);
});

test("a server step 1 during a probe (the server holds an update) voids that probe's reply", async () => {
  const { doc, tracker, serverStep1, serverStep2, probesSent, tick } = setup();
  serverStep1();
  serverStep2();
  doc.getText('t').insert(0, 'a');
  await tick();
  expect(probesSent()).toBe(1);

  serverStep1(); // the server asks for what it lacks; the provider answers at once
  await tick();
  expect(probesSent()).toBe(2);
  serverStep2(); // reply to the voided probe
  expect(tracker.unsaved).toBe(true);
  serverStep2(); // reply to the probe sent after our answer
  expect(tracker.unsaved).toBe(false);
});

test('probes wait for the handshake: no probe before the first sync', async () => {
  const { doc, tracker, serverStep1, serverStep2, probesSent, tick } = setup();
  doc.getText('t').insert(0, 'offline');
  await tick();
  expect(probesSent()).toBe(0);
  serverStep1();
  serverStep2(); // initial sync: not a probe reply
  expect(tracker.unsaved).toBe(true);
  await tick();
  expect(probesSent()).toBe(1);
  serverStep2();
  expect(tracker.unsaved).toBe(false);
});
