import type { BenchOptions } from '../options.js';
import type { WorkerOutput } from '../protocol.js';
import type { AbandonParams } from './abandonedRooms.js';
import type { LateJoinParams } from './lateJoin.js';
import {
  cpuBetween,
  cpuPercentBetween,
  heapMiBAt,
  peakRssMiB,
  rssMiBAt,
  type MetricDef,
  type ScenarioDef,
  type ServerTrace,
} from './Scenario.js';
import type { TypingParams } from './typing.js';

const metric = (key: string, label: string, unit: string, better: MetricDef['better']): MetricDef => ({
  key,
  label,
  unit,
  better,
});

const TYPING_METRICS: MetricDef[] = [
  metric('latencyP50', 'Edit → arrival at each other client, p50', 'ms', 'lower'),
  metric('latencyP95', 'Edit → arrival, p95', 'ms', 'lower'),
  metric('latencyP99', 'Edit → arrival, p99', 'ms', 'lower'),
  metric('updatesPerSecond', 'Updates delivered', '/s', 'higher'),
  metric('deliveredPct', 'Edits delivered to every other client', '%', 'higher'),
  metric('serverCpuMsPerEdit', 'Server CPU per edit', 'ms', 'lower'),
  metric('serverCpuPct', 'Server CPU while typing (100 = one core)', '%', 'lower'),
  metric('peakRssMiB', 'Server peak RSS', 'MiB', 'lower'),
  metric('clientMessagesPerEdit', 'Messages sent to clients per edit', '', 'lower'),
  metric('clientKiBPerEdit', 'Bytes sent to clients per edit', 'KiB', 'lower'),
  metric('unexpectedDisconnects', 'Unexpected disconnects', '', 'lower'),
  metric('converged', 'All clients converged (1 = yes)', '', 'higher'),
  metric('edits', 'Edits made (load offered)', '', null),
  metric('clientCpuPct', 'Client process CPU (diagnostic)', '%', null),
];

function deriveTyping(worker: WorkerOutput, trace: ServerTrace): Record<string, number | null> {
  const edits = worker.values.edits ?? 0;
  const cpu = cpuBetween(trace, 'typing:start', 'drained');
  return {
    ...worker.values,
    serverCpuMsPerEdit: cpu !== null && edits > 0 ? cpu / edits : null,
    serverCpuPct: cpuPercentBetween(trace, 'typing:start', 'drained'),
    peakRssMiB: peakRssMiB(trace),
  };
}

function typingScenario(id: string, title: string, params: TypingParams): ScenarioDef {
  const clients = params.rooms * params.clientsPerRoom;
  return {
    id,
    title,
    runner: 'typing',
    params,
    metrics: TYPING_METRICS,
    timeoutMs: 60_000 + clients * 200 + params.durationS * 1000 * 2,
    derive: deriveTyping,
  };
}

/**
 * The floor (bench/floorServer.js) bounds the cost of relaying only: it merges raw updates when a client joins
 * and never unloads a room, so its join and memory figures would bound nothing.
 */
const FLOOR_RELAY_ONLY = { floor: 'the floor bounds relaying only' };

const LATE_JOIN_METRICS: MetricDef[] = [
  metric('syncMs', "Connect → 'sync' (median of joins)", 'ms', 'lower'),
  metric('fullMs', 'Connect → full content', 'ms', 'lower'),
  metric('applyMs', 'Baseline: client applies the same state', 'ms', null),
  metric('syncOverApply', 'Sync time / apply time', '×', 'lower'),
  metric('serverCpuMsPerJoin', 'Server CPU per join', 'ms', 'lower'),
  metric('buildMs', 'Time to send the history (paced, diagnostic)', 'ms', null),
  metric('buildCpuMsPerEdit', 'Server CPU per history edit', 'ms', 'lower'),
  metric('peakRssMiB', 'Server peak RSS', 'MiB', 'lower'),
  metric('idleRssMiB', 'Server RSS once everyone left (after a full GC)', 'MiB', 'lower'),
  metric('idleHeapMiB', 'Server heap in use once everyone left (after a full GC)', 'MiB', 'lower'),
  metric('contentMatches', 'Joiner got exactly the history (1 = yes)', '', 'higher'),
  metric('unexpectedDisconnects', 'Unexpected disconnects', '', 'lower'),
  metric('stateKiB', 'Encoded playbook state', 'KiB', null),
];

function lateJoinScenario(id: string, title: string, params: LateJoinParams): ScenarioDef {
  return {
    id,
    title,
    runner: 'lateJoin',
    params,
    metrics: LATE_JOIN_METRICS,
    skip: FLOOR_RELAY_ONLY,
    timeoutMs: 90_000 + (params.edits / params.editsPerUpdate / params.sendRatePerS) * 1000 * 3 + params.joins * 20_000,
    derive(worker, trace) {
      let joinCpu = 0;
      let joins = 0;
      for (let j = 0; j < params.joins; j++) {
        const cpu = cpuBetween(trace, `join${j}:start`, `join${j}:end`);
        if (cpu === null) continue;
        joinCpu += cpu;
        joins += 1;
      }
      const buildCpu = cpuBetween(trace, 'build:start', 'build:end');
      return {
        ...worker.values,
        serverCpuMsPerJoin: joins > 0 ? joinCpu / joins : null,
        buildCpuMsPerEdit: buildCpu !== null ? buildCpu / params.edits : null,
        peakRssMiB: peakRssMiB(trace),
        idleRssMiB: rssMiBAt(trace, 'idle'),
        idleHeapMiB: heapMiBAt(trace, 'idle'),
      };
    },
  };
}

const ABANDON_METRICS: MetricDef[] = [
  metric('openMs', 'Time to open every room (connect, sync, edits, ack)', 'ms', 'lower'),
  metric('baselineRssMiB', 'Server RSS before (after a full GC)', 'MiB', 'lower'),
  metric('peakRssMiB', 'Server peak RSS', 'MiB', 'lower'),
  metric('afterRssMiB', 'Server RSS after everyone left and the wait', 'MiB', 'lower'),
  metric('retainedRssMiB', 'RSS after − before', 'MiB', 'lower'),
  metric('baselineHeapMiB', 'Server heap in use before (after a full GC)', 'MiB', 'lower'),
  metric('afterHeapMiB', 'Server heap in use after the wait (after a full GC)', 'MiB', 'lower'),
  metric('retainedHeapMiB', 'Heap still held for the abandoned rooms (after − before)', 'MiB', 'lower'),
  metric('serverCpuMsPerRoom', 'Server CPU per room (open to after)', 'ms', 'lower'),
  metric('roomsLoadedAfter', 'Rooms still in memory after (ours only)', '', 'lower'),
  metric('unexpectedDisconnects', 'Unexpected disconnects', '', 'lower'),
];

function abandonScenario(id: string, title: string, params: AbandonParams): ScenarioDef {
  return {
    id,
    title,
    runner: 'abandon',
    params,
    metrics: ABANDON_METRICS,
    skip: FLOOR_RELAY_ONLY,
    timeoutMs: 60_000 + params.rooms * 100 + params.waitS * 1000,
    derive(worker, trace) {
      const before = rssMiBAt(trace, 'baseline');
      const after = rssMiBAt(trace, 'after');
      const heapBefore = heapMiBAt(trace, 'baseline');
      const heapAfter = heapMiBAt(trace, 'after-gc');
      const cpu = cpuBetween(trace, 'baseline', 'after');
      return {
        ...worker.values,
        baselineRssMiB: before,
        peakRssMiB: peakRssMiB(trace),
        afterRssMiB: after,
        retainedRssMiB: before !== null && after !== null ? after - before : null,
        baselineHeapMiB: heapBefore,
        afterHeapMiB: heapAfter,
        retainedHeapMiB: heapBefore !== null && heapAfter !== null ? heapAfter - heapBefore : null,
        serverCpuMsPerRoom: cpu !== null ? cpu / params.rooms : null,
      };
    },
  };
}

const kilo = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** The scenarios to run, in order, with the sizes from the command line. */
export function buildScenarios(options: BenchOptions): ScenarioDef[] {
  const all: ScenarioDef[] = [
    typingScenario(
      'typing',
      `1. ${options.rooms} rooms × ${options.clients} clients typing, ${options.rate} edits/s each for ${options.duration} s, cursor on every edit`,
      {
        rooms: options.rooms,
        clientsPerRoom: options.clients,
        editsPerSecond: options.rate,
        durationS: options.duration,
        roomPrefix: 'typing',
      },
    ),
    typingScenario(
      'crowd',
      `2. One room of ${options.crowdClients} clients, ${options.crowdRate} edits/s each for ${options.crowdDuration} s (awareness echo)`,
      {
        rooms: 1,
        clientsPerRoom: options.crowdClients,
        editsPerSecond: options.crowdRate,
        durationS: options.crowdDuration,
        roomPrefix: 'crowd',
      },
    ),
    ...options.lateEdits.map((edits) =>
      lateJoinScenario(
        `late-join-${kilo(edits)}`,
        `3. Late join of a playbook with ${kilo(edits)} prior edits (${options.editsPerUpdate} per update), ${options.joins} joins`,
        {
          edits,
          editsPerUpdate: options.editsPerUpdate,
          joins: options.joins,
          sendRatePerS: options.sendRate,
          room: `late-${kilo(edits)}`,
        },
      ),
    ),
    abandonScenario(
      'abandon',
      `4. ${options.abandonRooms} rooms opened (${options.abandonEdits} edits each) and abandoned, ${options.abandonWait} s wait`,
      {
        rooms: options.abandonRooms,
        editsPerRoom: options.abandonEdits,
        waitS: options.abandonWait,
        roomPrefix: 'abandoned',
      },
    ),
  ];
  if (options.only.length === 0) return all;
  return all.filter((scenario) => options.only.some((prefix) => scenario.id.startsWith(prefix)));
}
