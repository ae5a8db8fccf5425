import * as decoding from 'lib0/decoding';
import type { Awareness } from 'y-protocols/awareness';
import { MessageType } from '../../shared/protocol/messageTypes.js';

// The JSON text "null" as UTF-8: an entry with this state announces that a client left.
const NULL_STATE = [0x6e, 0x75, 0x6c, 0x6c];

/**
 * True when applying this awareness update would change nothing: every entry is older than or equal to
 * what the room already has. Mirrors the rule in y-protocols' `applyAwarenessUpdate` without parsing any
 * JSON state. Stock y-websocket clients re-send every awareness update they receive, so in a room of N
 * people each cursor move comes back N-1 times; this keeps those echoes almost free.
 * Throws when the update is truncated.
 */
export function isStaleAwarenessUpdate(awareness: Awareness, update: Uint8Array): boolean {
  const decoder = decoding.createDecoder(update);
  return entriesAreStale(awareness, decoder, update.length);
}

/**
 * The same for a whole awareness message as it came off the socket (type byte, length, update), without
 * copying the update out first: the echoes are most of a busy room's messages. Throws when truncated.
 */
export function isStaleAwarenessMessage(awareness: Awareness, message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MessageType.awareness) throw new RangeError('not an awareness message');
  const length = decoding.readVarUint(decoder);
  const end = decoder.pos + length;
  if (end > message.length) throw new RangeError('awareness update exceeds message');
  return entriesAreStale(awareness, decoder, end);
}

function entriesAreStale(awareness: Awareness, decoder: decoding.Decoder, end: number): boolean {
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const stateLength = decoding.readVarUint(decoder);
    const start = decoder.pos;
    if (start + stateLength > end) throw new RangeError('awareness state exceeds message');
    decoder.pos = start + stateLength;
    const currentClock = awareness.meta.get(clientID)?.clock ?? 0;
    if (currentClock < clock) return false;
    if (currentClock === clock && awareness.states.has(clientID) && isNullState(decoder.arr, start, stateLength)) {
      return false;
    }
  }
  return true;
}

function isNullState(bytes: Uint8Array, start: number, length: number): boolean {
  return length === 4 && NULL_STATE.every((b, i) => bytes[start + i] === b);
}
