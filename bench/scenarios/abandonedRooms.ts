import * as Y from 'yjs';
import type { WorkerOutput } from '../protocol.js';
import {
  connectBenchClient,
  forEachLimited,
  serverAck,
  sleep,
  waitSynced,
  type BenchClient,
} from '../worker/benchClient.js';
import type { WorkerContext } from '../worker/WorkerContext.js';

/** Many playbooks opened, edited a little, then left by everyone. */
export interface AbandonParams {
  rooms: number;
  editsPerRoom: number;
  /** Seconds to wait after the last client left before the "after" sample. */
  waitS: number;
  roomPrefix: string;
}

const CONNECT_CONCURRENCY = 25;
const SYNC_TIMEOUT_MS = 20_000;
const ACK_TIMEOUT_MS = 20_000;

export async function runAbandon(params: AbandonParams, ctx: WorkerContext): Promise<WorkerOutput> {
  const roomIds: string[] = [];
  for (let i = 0; i < params.rooms; i++) roomIds.push(await ctx.room(`${params.roomPrefix}-${i}`));
  await sleep(500);
  // The baseline is taken after a full GC, like the "after GC" sample at the end.
  await ctx.mark('baseline', { gc: true });
  const clients: BenchClient[] = [];
  const start = performance.now();
  const indices = Array.from({ length: params.rooms }, (_, i) => i);
  try {
    await forEachLimited(indices, CONNECT_CONCURRENCY, async (i) => {
      const client = connectBenchClient(ctx, roomIds[i]!);
      clients.push(client);
      await waitSynced(client, SYNC_TIMEOUT_MS);
      const { doc, text, provider } = client;
      provider.awareness.setLocalStateField('user', { name: `visitor ${i}`, color: '#2ca02c' });
      for (let e = 0; e < params.editsPerRoom; e++) {
        doc.transact(() => text.insert(text.length, `Punkt ${e + 1} i drejebog ${i}. `));
        const cursor: unknown = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, text.length));
        provider.awareness.setLocalStateField('cursor', { anchor: cursor, head: cursor });
      }
      await serverAck(client, ACK_TIMEOUT_MS);
    });
    const openMs = performance.now() - start;
    await ctx.mark('opened');
    const roomsLoadedOpen = await ctx.roomsLoaded();
    const unexpected = clients.flatMap((c) => c.unexpectedCloses);
    for (const client of clients.splice(0)) client.destroy();
    await ctx.mark('closed');
    await sleep(params.waitS * 1000);
    const roomsLoadedAfter = await ctx.roomsLoaded();
    await ctx.mark('after');
    await ctx.mark('after-gc', { gc: true });
    return {
      values: { openMs, roomsLoadedOpen, roomsLoadedAfter, unexpectedDisconnects: unexpected.length },
      notes: [],
    };
  } finally {
    for (const client of clients) client.destroy();
  }
}
