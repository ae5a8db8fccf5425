import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { MessageType } from '../../../shared/protocol/messageTypes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { awarenessUpdate, bytes, openProtocolSocket } from '../../helpers/protocolSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

/** An awareness update (y-protocols encoding) with the given entries; `state` is written as raw text. */
function entries(...list: Array<{ clientId: number; clock: number; state: string }>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, list.length);
  for (const { clientId, clock, state } of list) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

// Each case uses its own client ids (from `id` on), so a state one case leaves behind cannot fail another.
const FIRST_ATTACKER_ID = 990_000;
const valid = (clientId: number) => ({ clientId, clock: 1, state: '{"user":{"name":"ghost"}}' });

const cases: Array<{ update: string; message: (id: number) => Uint8Array }> = [
  { update: 'a payload length beyond the message', message: () => bytes(MessageType.awareness, 0x20, 1, 2) },
  {
    update: 'an entry cut off after its client id',
    message: (id) => awarenessUpdate(bytes(1, entries(valid(id)).subarray(1, 4))),
  },
  {
    update: 'a state length beyond the update',
    message: (id) => awarenessUpdate(entries(valid(id)).slice(0, -3)),
  },
  {
    update: 'more entries announced than sent',
    message: (id) => awarenessUpdate(bytes(3, entries(valid(id)).subarray(1))),
  },
  {
    update: 'a state that is not JSON',
    message: (id) => awarenessUpdate(entries({ clientId: id, clock: 1, state: '{"user":' })),
  },
  {
    update: 'a valid entry followed by a truncated one',
    message: (id) => awarenessUpdate(entries(valid(id), { clientId: id + 1, clock: 1, state: '{}' }).slice(0, -2)),
  },
  {
    update: 'a state that is JSON but not an object (a number)',
    message: (id) => awarenessUpdate(entries({ clientId: id, clock: 1, state: '42' })),
  },
  {
    update: 'a valid entry followed by an array state',
    message: (id) => awarenessUpdate(entries(valid(id), { clientId: id + 1, clock: 1, state: '[1,2]' })),
  },
  {
    update: 'a valid entry followed by one that is not JSON',
    message: (id) => awarenessUpdate(entries(valid(id), { clientId: id + 1, clock: 1, state: 'not json' })),
  },
];

/** Client ids in an awareness message from the server. */
function awarenessClientIds(message: Uint8Array): number[] {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const ids: number[] = [];
  const count = decoding.readVarUint(update);
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(update));
    decoding.readVarUint(update);
    decoding.readVarString(update);
  }
  return ids;
}

describe('malformed awareness messages', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer();
    bystanders = await startBystanders(server, 'awareness');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it.each(cases.map((c, i) => ({ ...c, id: FIRST_ATTACKER_ID + 10 * i })))(
    'close the socket that sends $update with 4400 and leave no state behind',
    async ({ message, id }) => {
      const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
      attacker.send(message(id));

      const closed = await attacker.closedWithin();
      expect(closed).toEqual(CloseCodes.malformedMessage);
      await bystanders.expectUnharmed();
      const isAttackerId = (clientId: number): boolean => clientId >= id && clientId < id + 10;

      // Neither the bystanders nor a client asking the room for every cursor sees anything of the refused message.
      for (const client of bystanders.sameRoom) {
        expect([...client.provider.awareness.getStates().keys()].filter(isAttackerId)).toEqual([]);
      }
      const observer = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
      const from = observer.received.length;
      observer.send(bytes(MessageType.queryAwareness));
      const reply = await observer.waitForMessage((m) => m[0] === MessageType.awareness, { from });
      expect(awarenessClientIds(reply).filter(isAttackerId)).toEqual([]);
      observer.close();
    },
  );
});
