import type { MarkSample, RunnerName, WorkerOutput } from '../protocol.js';
import type { ServerKind } from '../servers.js';

/** One row of the result table. */
export interface MetricDef {
  key: string;
  label: string;
  unit: string;
  /** Which direction is better; null for diagnostics that are neither. */
  better: 'lower' | 'higher' | null;
}

/** What the bench recorded about the server process during one run. */
export interface ServerTrace {
  marks: Map<string, MarkSample>;
  /** Highest RSS from the reset after start-up to the end of the run, in bytes. */
  peakRssBytes: number | null;
}

/** One benchmark scenario: what the client process runs, and how its rows are computed. */
export interface ScenarioDef {
  id: string;
  /** Heading in the table, with the parameters. */
  title: string;
  runner: RunnerName;
  params: unknown;
  metrics: MetricDef[];
  /** Servers this scenario is not run against, with the reason; their cells show "–". */
  skip?: Partial<Record<ServerKind, string>>;
  /** Hard limit for one run (one server), after which both processes are killed. */
  timeoutMs: number;
  derive(worker: WorkerOutput, trace: ServerTrace): Record<string, number | null>;
}

export const MiB = 1024 * 1024;

/** Server CPU ms between two marks, or null when either is missing. */
export function cpuBetween(trace: ServerTrace, from: string, to: string): number | null {
  const a = trace.marks.get(from);
  const b = trace.marks.get(to);
  return a && b ? b.cpuMs - a.cpuMs : null;
}

/** Server CPU busy percentage (100 = one core) between two marks. */
export function cpuPercentBetween(trace: ServerTrace, from: string, to: string): number | null {
  const a = trace.marks.get(from);
  const b = trace.marks.get(to);
  return a && b && b.atMs > a.atMs ? ((b.cpuMs - a.cpuMs) / (b.atMs - a.atMs)) * 100 : null;
}

export function rssMiBAt(trace: ServerTrace, label: string): number | null {
  const sample = trace.marks.get(label);
  return sample ? sample.rssBytes / MiB : null;
}

export function peakRssMiB(trace: ServerTrace): number | null {
  return trace.peakRssBytes === null ? null : trace.peakRssBytes / MiB;
}

export function heapMiBAt(trace: ServerTrace, label: string): number | null {
  const bytes = trace.marks.get(label)?.heapUsedBytes;
  return bytes === null || bytes === undefined ? null : bytes / MiB;
}
