import * as Y from 'yjs';
import type { WorkerOutput } from '../protocol.js';
import { median } from '../stats.js';
import { connectBenchClient, serverAck, sleep, waitSynced, type BenchClient } from '../worker/benchClient.js';
import type { WorkerContext } from '../worker/WorkerContext.js';
import { buildPlaybookHistory } from './playbookHistory.js';

/** A playbook with a long history, left alone, then opened by a newcomer. */
export interface LateJoinParams {
  edits: number;
  editsPerUpdate: number;
  joins: number;
  /**
   * Update messages per second the writer sends while building the history; below our server's default
   * rate limit (1000/s), which would otherwise close the writer's connection.
   */
  sendRatePerS: number;
  room: string;
}

const APPLY_WARMUPS = 3;
const APPLY_REPEATS = 7;
const ACK_EVERY_MESSAGES = 200;
const ACK_TIMEOUT_MS = 60_000;
const JOIN_TIMEOUT_MS = 60_000;
const UNLOAD_TIMEOUT_MS = 30_000;
/** After the room left memory (or, for the reference, after the last client left), before the next join. */
const QUIET_MS = 1_000;

export async function runLateJoin(params: LateJoinParams, ctx: WorkerContext): Promise<WorkerOutput> {
  const history = buildPlaybookHistory(params.edits, params.editsPerUpdate);
  const applyMs = timeApply(history.finalState);

  const room = await ctx.room(params.room);
  const writer = connectBenchClient(ctx, room);
  let buildMs: number;
  try {
    await waitSynced(writer, JOIN_TIMEOUT_MS);
    await ctx.mark('build:start');
    const start = performance.now();
    for (let i = 0; i < history.updates.length; i++) {
      // Applied with a foreign origin, the provider sends it to the server as its own edit.
      Y.applyUpdate(writer.doc, history.updates[i]!, 'history');
      const aheadMs = ((i + 1) / params.sendRatePerS) * 1000 - (performance.now() - start);
      if (aheadMs > 1) await sleep(aheadMs);
      if ((i + 1) % ACK_EVERY_MESSAGES === 0) await serverAck(writer, ACK_TIMEOUT_MS);
    }
    await serverAck(writer, ACK_TIMEOUT_MS);
    buildMs = performance.now() - start;
    await ctx.mark('build:end');
  } finally {
    writer.destroy();
  }
  await waitUntilUnloaded(ctx);
  await ctx.mark('idle', { gc: true });

  const syncMs: number[] = [];
  const fullMs: number[] = [];
  let contentMatches = true;
  const unexpected: number[] = [];
  for (let j = 0; j < params.joins; j++) {
    await ctx.mark(`join${j}:start`);
    const start = performance.now();
    const joiner = connectBenchClient(ctx, room);
    try {
      const full = waitForContent(joiner, history.stateVector, history.text.length, JOIN_TIMEOUT_MS);
      await waitSynced(joiner, JOIN_TIMEOUT_MS);
      syncMs.push(performance.now() - start);
      await full;
      fullMs.push(performance.now() - start);
      await ctx.mark(`join${j}:end`);
      contentMatches &&= joiner.text.toString() === history.text;
      unexpected.push(...joiner.unexpectedCloses);
    } finally {
      joiner.destroy();
    }
    await waitUntilUnloaded(ctx);
  }
  await ctx.mark('end');
  const sync = median(syncMs);
  return {
    values: {
      edits: history.edits,
      updateMessages: history.updates.length,
      stateKiB: history.finalState.byteLength / 1024,
      buildMs,
      applyMs,
      syncMs: sync,
      fullMs: median(fullMs),
      syncOverApply: sync !== null && applyMs !== null && applyMs > 0 ? sync / applyMs : null,
      contentMatches: contentMatches ? 1 : 0,
      unexpectedDisconnects: unexpected.length + writer.unexpectedCloses.length,
    },
    notes: [],
  };
}

/** Median time to apply `state` to a fresh Y.Doc, after warm-up runs that let the JIT settle. */
function timeApply(state: Uint8Array): number | null {
  const times: number[] = [];
  for (let i = 0; i < APPLY_WARMUPS + APPLY_REPEATS; i++) {
    const start = performance.now();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const elapsed = performance.now() - start;
    doc.destroy();
    if (i >= APPLY_WARMUPS) times.push(elapsed);
  }
  return median(times);
}

/** Resolves when the joiner's document holds the whole history. */
function waitForContent(
  client: BenchClient,
  stateVector: Uint8Array,
  length: number,
  timeoutMs: number,
): Promise<void> {
  // Every client of the history is complete in the joiner. (Our playbooks also hold what the server seeded
  // when the playbook was created, so the joiner's state vector has one more client than the history's.)
  const expected = Y.decodeStateVector(stateVector);
  const complete = () => {
    if (client.text.length !== length) return false;
    const have = Y.decodeStateVector(Y.encodeStateVector(client.doc));
    return [...expected].every(([id, clock]) => have.get(id) === clock);
  };
  return new Promise((resolve, reject) => {
    const onUpdate = () => {
      if (!complete()) return;
      clearTimeout(timer);
      client.doc.off('update', onUpdate);
      resolve();
    };
    const timer = setTimeout(() => {
      client.doc.off('update', onUpdate);
      reject(new Error(`late joiner did not receive the whole playbook within ${timeoutMs} ms`));
    }, timeoutMs);
    client.doc.on('update', onUpdate);
  });
}

/** Waits until our server unloaded the room (the reference never does), then a little longer. */
async function waitUntilUnloaded(ctx: WorkerContext): Promise<void> {
  const deadline = performance.now() + UNLOAD_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const rooms = await ctx.roomsLoaded();
    if (rooms === null || rooms === 0) break;
    await sleep(100);
  }
  await sleep(QUIET_MS);
}
