import * as encoding from 'lib0/encoding';

// Yjs update v1 encoding, written by hand: the updates a Yjs doc would never emit.
const CONTENT_STRING = 4;
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;

type Ref = { client: number; clock: number };

/** One string item of an update: a reference (origin / right origin) or a root type to insert into. */
type Item = { text: string } & ({ origin: Ref } | { rightOrigin: Ref } | { root: string });

/** Encodes `items` as consecutive structs of their clients (clocks from 0) plus an empty delete set. */
function encodeUpdate(clients: Array<{ client: number; items: Item[] }>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clients.length);
  for (const { client, items } of clients) {
    encoding.writeVarUint(encoder, items.length);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 0);
    for (const item of items) {
      if ('origin' in item) {
        encoding.writeUint8(encoder, HAS_ORIGIN | CONTENT_STRING);
        encoding.writeVarUint(encoder, item.origin.client);
        encoding.writeVarUint(encoder, item.origin.clock);
      } else if ('rightOrigin' in item) {
        encoding.writeUint8(encoder, HAS_RIGHT_ORIGIN | CONTENT_STRING);
        encoding.writeVarUint(encoder, item.rightOrigin.client);
        encoding.writeVarUint(encoder, item.rightOrigin.clock);
      } else {
        encoding.writeUint8(encoder, CONTENT_STRING);
        encoding.writeVarUint(encoder, 1); // the parent is a root type, named by the next string
        encoding.writeVarString(encoder, item.root);
      }
      encoding.writeVarString(encoder, item.text);
    }
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/** Client ids no real client of a test uses. */
const CLIENT_A = 777_001;
const CLIENT_B = 777_002;

/** Item A:0 is inserted before A:1, an item of the same client that comes later in the update. */
export function forwardReferenceUpdate(): Uint8Array {
  return encodeUpdate([
    {
      client: CLIENT_A,
      items: [
        { text: 'a', rightOrigin: { client: CLIENT_A, clock: 1 } },
        { text: 'b', root: 'text' },
      ],
    },
  ]);
}

/** Item A:0 is inserted after itself. */
export function selfReferenceUpdate(): Uint8Array {
  return encodeUpdate([
    {
      client: CLIENT_A,
      items: [
        { text: 'a', origin: { client: CLIENT_A, clock: 0 } },
        { text: 'b', root: 'text' },
      ],
    },
  ]);
}

/** Item A:0 goes after B:0 and B:0 goes after A:0: neither can ever be placed. */
export function cyclicReferenceUpdate(): Uint8Array {
  return encodeUpdate([
    { client: CLIENT_A, items: [{ text: 'x', origin: { client: CLIENT_B, clock: 0 } }] },
    { client: CLIENT_B, items: [{ text: 'y', origin: { client: CLIENT_A, clock: 0 } }] },
  ]);
}
