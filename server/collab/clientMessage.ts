import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MessageType, SyncStep } from '../../shared/protocol/messageTypes.js';

/** Thrown when a message cannot be decoded; the caller closes the connection with `malformed-message`. */
export class MalformedMessageError extends Error {}

/** A decoded client → server message of the y-websocket protocol. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array; isSyncAnswer: boolean }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'unknown'; type: number };

/**
 * Decodes the envelope of one message. The Yjs update inside is checked later, in the room's queue; a
 * state vector is checked here because answering it needs nothing else.
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SyncStep.step1) {
          Y.decodeStateVector(payload);
          return { kind: 'syncStep1', stateVector: payload };
        }
        if (step === SyncStep.step2 || step === SyncStep.update) {
          return { kind: 'update', update: payload, isSyncAnswer: step === SyncStep.step2 };
        }
        throw new MalformedMessageError(`unknown sync step ${step}`);
      }
      case MessageType.awareness:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MessageType.queryAwareness:
        return { kind: 'queryAwareness' };
      default:
        return { kind: 'unknown', type };
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(String(error));
  }
}
