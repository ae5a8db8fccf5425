// The floor: a y-websocket relay that does nothing a stock client does not strictly need, to measure how much
// CPU per edit the socket work alone costs (`--servers ours,ref,floor`). Plain JavaScript, run with `node`
// like the reference. It keeps no Y.Doc: per room the raw updates are appended to an array (the only per-edit
// work besides relaying) and merged only when a client joins. Every update and every awareness change is
// framed once and the same bytes are written to every other socket of the room, corked per event-loop turn.
// Awareness echoes (stock clients re-send every awareness update they receive) are dropped after reading a
// few varints. No persistence, authentication, rate limits, awareness bookkeeping on leave or ping/pong.
import http from 'node:http';
import * as encoding from 'lib0/encoding';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** A Yjs update with no structs and an empty delete set: what a fresh document answers. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);
/** Clients close a socket that received nothing for 30 s; an idle socket gets an empty awareness update. */
const KEEP_ALIVE_MS = 10_000;
const KEEP_ALIVE = encodeBinaryFrame(new Uint8Array([MESSAGE_AWARENESS, 1, 0]));
/** Sync step 1 with an empty state vector: the client answers with everything it has. */
const ASK_FOR_STATE = encodeBinaryFrame(new Uint8Array([MESSAGE_SYNC, SYNC_STEP_1, 1, 0]));

/**
 * @typedef {{ ws: import('ws').WebSocket, socket: import('node:net').Socket, corked: boolean,
 *   wrote: boolean, uncork: () => void }} Peer
 * @typedef {{ peers: Peer[], updates: Uint8Array[], clocks: Map<number, number>, removed: Set<number> }} Room
 */

/** @type {Map<string, Room>} */
const rooms = new Map();

/**
 * One unmasked, unfragmented binary WebSocket frame (RFC 6455 §5.2), as a server sends it (the same encoder
 * as server/collab/binaryFrame.ts).
 * @param {Uint8Array} payload
 */
function encodeBinaryFrame(payload) {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x82; // FIN + opcode 2 (binary)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerLength);
  return frame;
}

/** Writes a framed message to the peer's TCP socket; writes within one event-loop turn become one syscall. */
function send(/** @type {Peer} */ peer, /** @type {Buffer} */ frame) {
  if (peer.ws.readyState !== 1 || peer.socket.destroyed) return;
  if (!peer.corked) {
    peer.corked = true;
    peer.socket.cork();
    process.nextTick(peer.uncork);
  }
  peer.socket.write(frame);
  peer.wrote = true;
}

/** Frames `message` once and writes it to every peer of the room but `from`. */
function relay(/** @type {Room} */ room, /** @type {Peer} */ from, /** @type {Uint8Array} */ message) {
  if (room.peers.length < 2) return;
  const frame = encodeBinaryFrame(message);
  for (const peer of room.peers) if (peer !== from) send(peer, frame);
}

// Varuints are read in place; `at` is the read position shared by the helpers below.
let at = 0;
/** @param {Uint8Array} bytes */
function readVarUint(bytes) {
  let value = 0;
  let factor = 1;
  for (;;) {
    if (at >= bytes.length) throw new RangeError('truncated varuint');
    const byte = bytes[at++];
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return value;
    factor *= 128;
    if (factor > 2 ** 53) throw new RangeError('varuint too long');
  }
}

/**
 * True when an awareness update (starting at `at`) would change nothing: every entry has a clock at most the
 * one the room knows, the rule of y-protocols' applyAwarenessUpdate (equal clock with a "null" state removes a
 * client that is still there). Otherwise the room's clocks are brought up to date and it returns false.
 * @param {Room} room
 * @param {Uint8Array} bytes
 */
function isStaleAwareness(room, bytes) {
  const count = readVarUint(bytes);
  const start = at;
  let stale = true;
  for (let i = 0; i < count && stale; i++) {
    const clientId = readVarUint(bytes);
    const clock = readVarUint(bytes);
    const length = readVarUint(bytes);
    const known = room.clocks.get(clientId) ?? 0;
    if (known < clock) stale = false;
    else if (known === clock && isNull(bytes, at, length) && room.clocks.has(clientId) && !room.removed.has(clientId)) {
      stale = false;
    }
    at += length;
  }
  if (stale) return true;
  at = start;
  for (let i = 0; i < count; i++) {
    const clientId = readVarUint(bytes);
    const clock = readVarUint(bytes);
    const length = readVarUint(bytes);
    const known = room.clocks.get(clientId) ?? 0;
    const nullState = isNull(bytes, at, length);
    if (known < clock || (known === clock && nullState)) {
      room.clocks.set(clientId, clock);
      if (nullState) room.removed.add(clientId);
      else room.removed.delete(clientId);
    }
    at += length;
  }
  return false;
}

/** True when the `length` bytes at `start` are the JSON text "null". */
function isNull(/** @type {Uint8Array} */ bytes, /** @type {number} */ start, /** @type {number} */ length) {
  return (
    length === 4 &&
    bytes[start] === 0x6e &&
    bytes[start + 1] === 0x75 &&
    bytes[start + 2] === 0x6c &&
    bytes[start + 3] === 0x6c
  );
}

/** Sync step 2 with everything the room received so far, merged once and kept merged. */
function historyAnswer(/** @type {Room} */ room) {
  if (room.updates.length > 1) room.updates = [Y.mergeUpdates(room.updates)];
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_2);
  encoding.writeVarUint8Array(encoder, room.updates[0] ?? EMPTY_UPDATE);
  return encodeBinaryFrame(encoding.toUint8Array(encoder));
}

/** An update the client sent as its sync step 2, relayed to the others as a plain update message. */
function asUpdateMessage(/** @type {Uint8Array} */ update) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function onMessage(/** @type {Room} */ room, /** @type {Peer} */ peer, /** @type {Buffer} */ data) {
  if (data.length < 2) return;
  if (data[0] === MESSAGE_SYNC) {
    const step = data[1];
    if (step === SYNC_STEP_1) {
      send(peer, historyAnswer(room));
      return;
    }
    if (step !== SYNC_UPDATE && step !== SYNC_STEP_2) return;
    at = 2;
    const length = readVarUint(data);
    if (at + length > data.length) return;
    // A copy: the received buffer may be a view of a larger socket chunk that should not stay alive.
    const update = Uint8Array.prototype.slice.call(data, at, at + length);
    if (step === SYNC_STEP_2) {
      // The answer to ASK_FOR_STATE: a fresh client has nothing (an empty update), a reconnecting one may.
      if (length === 2 && update[0] === 0 && update[1] === 0) return;
      room.updates.push(update);
      relay(room, peer, asUpdateMessage(update));
      return;
    }
    room.updates.push(update);
    relay(room, peer, data);
    return;
  }
  if (data[0] === MESSAGE_AWARENESS) {
    at = 1;
    const length = readVarUint(data);
    if (at + length > data.length) return;
    if (isStaleAwareness(room, data)) return;
    relay(room, peer, data);
  }
  // Query-awareness (3) and anything else: no answer.
}

const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });

wss.on('connection', (/** @type {import('ws').WebSocket} */ ws, /** @type {http.IncomingMessage} */ request) => {
  const name = (request.url ?? '').slice(1).split('?')[0] ?? '';
  let room = rooms.get(name);
  if (!room) {
    room = { peers: [], updates: [], clocks: new Map(), removed: new Set() };
    rooms.set(name, room);
  }
  const joined = room;
  /** @type {Peer} */
  const peer = {
    ws,
    // reason: frames for the whole room are written to the TCP socket directly, as our server does.
    socket: /** @type {any} */ (ws)._socket,
    corked: false,
    wrote: false,
    uncork: () => {
      peer.corked = false;
      peer.socket.uncork();
    },
  };
  joined.peers.push(peer);
  ws.on('message', (/** @type {Buffer} */ data) => {
    try {
      onMessage(joined, peer, data);
    } catch {
      ws.close(1003, 'malformed message');
    }
  });
  ws.on('close', () => {
    joined.peers = joined.peers.filter((p) => p !== peer);
    if (joined.peers.length === 0 && rooms.get(name) === joined) rooms.delete(name);
  });
  ws.on('error', () => ws.terminate());
  send(peer, ASK_FOR_STATE);
});

setInterval(() => {
  for (const room of rooms.values()) {
    for (const peer of room.peers) {
      if (!peer.wrote) send(peer, KEEP_ALIVE);
      peer.wrote = false;
    }
  }
}, KEEP_ALIVE_MS).unref();

const host = process.env.HOST || 'localhost';
const port = Number.parseInt(process.env.PORT || '1234', 10);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(port, host, () => {
  console.log(`running at '${host}' on port ${port}`);
});
