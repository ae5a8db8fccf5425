import * as Y from 'yjs';
import type { WorkerOutput } from '../protocol.js';
import { summarizeLatencies } from '../stats.js';
import { connectBenchClient, forEachLimited, sleep, waitSynced, type BenchClient } from '../worker/benchClient.js';
import type { WorkerContext } from '../worker/WorkerContext.js';

/** Rooms × clients typing at a steady rate, each edit followed by a cursor (awareness) update. */
export interface TypingParams {
  rooms: number;
  clientsPerRoom: number;
  /** Edits per second per client. */
  editsPerSecond: number;
  durationS: number;
  roomPrefix: string;
}

const CONNECT_CONCURRENCY = 20;
const SYNC_TIMEOUT_MS = 20_000;
/** Quiet time after everyone joined, so the join-time awareness exchange is not measured as typing. */
const SETTLE_MS = 1_500;
const DRAIN_TIMEOUT_MS = 5_000;
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];

interface Writer {
  client: BenchClient;
  room: number;
  /** Index within its room; the key it stamps under. */
  slot: number;
  seq: number;
  /** Send time of each of its edits, by sequence number (performance.now()). */
  sentAt: number[];
  cursor: Y.RelativePosition | null;
}

export async function runTyping(params: TypingParams, ctx: WorkerContext): Promise<WorkerOutput> {
  const { rooms, clientsPerRoom } = params;
  const writers: Writer[] = [];
  for (let room = 0; room < rooms; room++) {
    for (let slot = 0; slot < clientsPerRoom; slot++) {
      writers.push({ client: null!, room, slot, seq: 0, sentAt: [], cursor: null });
    }
  }
  const roomIds: string[] = [];
  for (let room = 0; room < rooms; room++) roomIds.push(await ctx.room(`${params.roomPrefix}-${room}`));
  try {
    await forEachLimited(writers, CONNECT_CONCURRENCY, async (writer) => {
      writer.client = connectBenchClient(ctx, roomIds[writer.room]!);
      await waitSynced(writer.client, SYNC_TIMEOUT_MS);
      writer.client.provider.awareness.setLocalStateField('user', {
        name: `writer ${writer.room}.${writer.slot}`,
        color: COLORS[writer.slot % COLORS.length],
      });
    });
    await sleep(SETTLE_MS);
    return await typePhase(params, writers, ctx);
  } finally {
    for (const writer of writers) writer.client?.destroy();
    await sleep(300);
  }
}

async function typePhase(params: TypingParams, writers: Writer[], ctx: WorkerContext): Promise<WorkerOutput> {
  const { clientsPerRoom, editsPerSecond, durationS } = params;
  const byRoom = (room: number, slot: number) => writers[room * clientsPerRoom + slot]!;
  const latencies: number[] = [];
  let deliveries = 0;
  let lastDeliveryAt = 0;
  for (const receiver of writers) {
    const lastSeen = new Array<number>(clientsPerRoom).fill(0);
    receiver.client.stamps.observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const slot = Number(key);
        const seq = receiver.client.stamps.get(String(key)) ?? 0;
        if (seq <= lastSeen[slot]!) continue;
        deliveries += seq - lastSeen[slot]!;
        lastSeen[slot] = seq;
        lastDeliveryAt = now;
        const sentAt = byRoom(receiver.room, slot).sentAt[seq];
        if (sentAt !== undefined) latencies.push(now - sentAt);
      }
    });
  }
  const received0 = totalTraffic(writers);
  const cpu0 = process.cpuUsage();
  await ctx.mark('typing:start');
  const start = performance.now();
  const endAt = start + durationS * 1000;
  const periodMs = 1000 / editsPerSecond;
  let edits = 0;
  const timers = new Set<NodeJS.Timeout>();
  for (const writer of writers) {
    const offset = Math.random() * periodMs;
    let k = 0;
    const tick = () => {
      edit(writer);
      edits += 1;
      k += 1;
      const next = start + offset + k * periodMs;
      if (next >= endAt) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        tick();
      }, next - performance.now());
      timers.add(timer);
    };
    const first = setTimeout(() => {
      timers.delete(first);
      tick();
    }, offset);
    timers.add(first);
  }
  await sleep(durationS * 1000 + periodMs);
  for (const timer of timers) clearTimeout(timer);
  await ctx.mark('typing:end');
  const expected = edits * (clientsPerRoom - 1);
  const drainDeadline = performance.now() + DRAIN_TIMEOUT_MS;
  while (deliveries < expected && performance.now() < drainDeadline) await sleep(20);
  await ctx.mark('drained');
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - start;
  const received = totalTraffic(writers);
  const latency = summarizeLatencies(latencies);
  const deliverySpanS = (lastDeliveryAt - start) / 1000;
  const unexpected = writers.flatMap((w) => w.client.unexpectedCloses);
  return {
    values: {
      edits,
      latencyP50: latency.p50,
      latencyP95: latency.p95,
      latencyP99: latency.p99,
      latencyMax: latency.max,
      deliveredPct: expected > 0 ? (deliveries / expected) * 100 : null,
      updatesPerSecond: deliverySpanS > 0 ? deliveries / deliverySpanS : null,
      clientMessagesPerEdit: edits > 0 ? (received.messages - received0.messages) / edits : null,
      clientKiBPerEdit: edits > 0 ? (received.bytes - received0.bytes) / 1024 / edits : null,
      clientCpuPct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
      unexpectedDisconnects: unexpected.length,
      converged: converged(writers, params) ? 1 : 0,
    },
    notes: unexpected.length > 0 ? [`close codes seen: ${[...new Set(unexpected)].join(', ')}`] : [],
  };
}

/** One keystroke at the writer's cursor, stamped in the side map, then its cursor sent as awareness. */
function edit(writer: Writer): void {
  const { doc, text, stamps, provider } = writer.client;
  writer.seq += 1;
  const seq = writer.seq;
  writer.sentAt[seq] = performance.now();
  let index = 0;
  doc.transact(() => {
    const at = writer.cursor ? Y.createAbsolutePositionFromRelativePosition(writer.cursor, doc) : null;
    index = Math.min(at?.index ?? 0, text.length);
    text.insert(index, String.fromCharCode(97 + (seq % 26)));
    stamps.set(String(writer.slot), seq);
  });
  writer.cursor = Y.createRelativePositionFromTypeIndex(text, index + 1);
  const json: unknown = Y.relativePositionToJSON(writer.cursor);
  provider.awareness.setLocalStateField('cursor', { anchor: json, head: json });
}

function totalTraffic(writers: Writer[]): { messages: number; bytes: number } {
  let messages = 0;
  let bytes = 0;
  for (const writer of writers) {
    messages += writer.client.traffic.messages;
    bytes += writer.client.traffic.bytes;
  }
  return { messages, bytes };
}

/** True when every client of each room ended with the same document state. */
function converged(writers: Writer[], params: TypingParams): boolean {
  for (let room = 0; room < params.rooms; room++) {
    const members = writers.filter((w) => w.room === room);
    const first = members[0]?.client.text.toString();
    if (members.some((m) => m.client.text.toString() !== first)) return false;
  }
  return true;
}
