import { describe, expect, it } from 'vitest';
import * as wsModule from 'ws';
import { encodeBinaryFrame } from '../../../server/collab/binaryFrame.js';

// The reference is ws's own framing: our frames must be byte-identical to what `ws.send` would write.
function wsFrame(payload: Buffer): Buffer {
  // reason: ws exports its Sender (framing) class, but @types/ws does not declare it.
  const { Sender } = wsModule as unknown as { Sender: { frame(data: Buffer, options: object): Buffer[] } };
  const frame = Sender.frame(payload, {
    fin: true,
    opcode: 2,
    mask: false,
    readOnly: true,
    rsv1: false,
  });
  return Buffer.concat(frame);
}

describe('encodeBinaryFrame', () => {
  it.each([0, 1, 125, 126, 127, 65_535, 65_536, 200_000])('frames %i bytes exactly like ws', (length) => {
    const payload = Buffer.alloc(length, 7);
    expect(encodeBinaryFrame(payload).equals(wsFrame(payload))).toBe(true);
  });
});
