import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { isStaleAwarenessMessage, isStaleAwarenessUpdate } from '../../../server/collab/awarenessFastPath.js';
import { awarenessMessage } from '../../../server/collab/messages.js';

function clientWithState(state: Record<string, unknown> | null): Awareness {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state);
  return awareness;
}

describe('isStaleAwarenessUpdate', () => {
  it('sees a new client as a change and its echo as stale', () => {
    const server = clientWithState(null);
    const client = clientWithState({ user: 'Anne' });
    const update = encodeAwarenessUpdate(client, [client.clientID]);
    expect(isStaleAwarenessUpdate(server, update)).toBe(false);
    applyAwarenessUpdate(server, update, 'test');
    expect(isStaleAwarenessUpdate(server, update)).toBe(true);
    client.destroy();
    server.destroy();
  });

  it('sees a newer clock as a change', () => {
    const server = clientWithState(null);
    const client = clientWithState({ cursor: 1 });
    applyAwarenessUpdate(server, encodeAwarenessUpdate(client, [client.clientID]), 'test');
    client.setLocalStateField('cursor', 2);
    expect(isStaleAwarenessUpdate(server, encodeAwarenessUpdate(client, [client.clientID]))).toBe(false);
    client.destroy();
    server.destroy();
  });

  it('agrees with applyAwarenessUpdate on a removal with the same clock', () => {
    const server = clientWithState(null);
    const client = clientWithState({ cursor: 1 });
    applyAwarenessUpdate(server, encodeAwarenessUpdate(client, [client.clientID]), 'test');
    // A removal re-uses the clock + 1 rule on the sender, but a null state at the same clock also removes.
    const meta = server.meta.get(client.clientID)!;
    const sameClockNull = new Uint8Array([
      1,
      ...varUint(client.clientID),
      ...varUint(meta.clock),
      4,
      110,
      117,
      108,
      108,
    ]);
    expect(isStaleAwarenessUpdate(server, sameClockNull)).toBe(false);
    applyAwarenessUpdate(server, sameClockNull, 'test');
    expect(server.getStates().has(client.clientID)).toBe(false);
    client.destroy();
    server.destroy();
  });

  it('throws when a state runs past the end of the message', () => {
    const server = clientWithState(null);
    expect(() => isStaleAwarenessUpdate(server, new Uint8Array([1, 5, 1, 50, 1, 2]))).toThrow();
    server.destroy();
  });
});

describe('isStaleAwarenessMessage', () => {
  it('reads the update inside a whole message as received: a change, then its echo', () => {
    const server = clientWithState(null);
    const client = clientWithState({ cursor: 1 });
    const update = encodeAwarenessUpdate(client, [client.clientID]);
    const message = awarenessMessage(update);
    expect(isStaleAwarenessMessage(server, message)).toBe(false);
    applyAwarenessUpdate(server, update, 'test');
    expect(isStaleAwarenessMessage(server, message)).toBe(true);
    client.destroy();
    server.destroy();
  });

  it('throws when the update length runs past the message, or a state past the update', () => {
    const server = clientWithState(null);
    const client = clientWithState({ cursor: 1 });
    const message = awarenessMessage(encodeAwarenessUpdate(client, [client.clientID]));
    expect(() => isStaleAwarenessMessage(server, message.slice(0, -1))).toThrow();
    // The update's own length says one byte less than its state needs.
    const shortened = Uint8Array.from(message);
    shortened[1] = shortened[1]! - 1;
    expect(() => isStaleAwarenessMessage(server, shortened.slice(0, -1))).toThrow();
    expect(() => isStaleAwarenessMessage(server, new Uint8Array([1]))).toThrow();
    expect(() => isStaleAwarenessMessage(server, new Uint8Array([0, 0, 0]))).toThrow();
    client.destroy();
    server.destroy();
  });
});

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
