/** Messages between the bench (parent, owns the servers) and the client process (runs the scenarios). */

export type RunnerName = 'typing' | 'lateJoin' | 'abandon';

/** What a scenario run measured on the client side, keyed by metric key; null when it could not be measured. */
export interface WorkerOutput {
  values: Record<string, number | null>;
  notes: string[];
}

export type ParentMessage =
  | { type: 'run'; runner: RunnerName; params: unknown; collabBaseUrl: string }
  | { type: 'markAck'; id: number }
  | { type: 'probeAck'; id: number; roomsLoaded: number | null };

export type WorkerMessage =
  /** Asks the parent to sample the server process now, under `label` (after a full GC in it when `gc`). */
  | { type: 'mark'; id: number; label: string; gc: boolean }
  /** Asks how many rooms the server holds (ours only); answered with probeAck. */
  | { type: 'probe'; id: number }
  | { type: 'result'; output: WorkerOutput }
  | { type: 'error'; message: string };

/** The server-side samples the parent takes at each mark. */
export interface MarkSample {
  /** Parent's monotonic clock, in ms. */
  atMs: number;
  cpuMs: number;
  rssBytes: number;
  /** Heap in use after a full GC, for marks that asked for one. */
  heapUsedBytes: number | null;
}

export function isParentMessage(value: unknown): value is ParentMessage {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}
