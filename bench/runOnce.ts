import { fork } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { trackChild } from './children.js';
import { RssSampler, resetPeak, sampleProcess } from './processStats.js';
import { isWorkerMessage, type MarkSample, type ParentMessage, type WorkerOutput } from './protocol.js';
import type { ScenarioDef } from './scenarios/Scenario.js';
import { REPO_ROOT, loadedRooms, startServer, type RunningServer, type ServerKind } from './servers.js';

export type RunStatus = 'ok' | 'crash' | 'timeout' | 'error';

/** One scenario against one server in one round. */
export interface RunOutcome {
  scenarioId: string;
  server: ServerKind;
  round: number;
  status: RunStatus;
  values: Record<string, number | null>;
  notes: string[];
  /** Why a run failed: exit code, last log lines, error message. */
  detail: string | null;
  wallMs: number;
}

const WORKER = path.join(REPO_ROOT, 'bench/worker/main.ts');
const SETTLE_AFTER_START_MS = 500;
const WORKER_TAIL_LINES = 10;

type Ending =
  | { kind: 'result'; output: WorkerOutput }
  | { kind: 'error'; message: string }
  | { kind: 'crash' }
  | { kind: 'timeout' }
  | { kind: 'workerExit'; code: number | null };

/**
 * Starts a fresh server, runs the scenario in a separate client process that asks the bench to sample the
 * server at named marks, and stops both. Never throws: a crash, a timeout or an error becomes the outcome.
 */
export async function runOnce(scenario: ScenarioDef, kind: ServerKind, round: number): Promise<RunOutcome> {
  const started = performance.now();
  const outcome = (status: RunStatus, detail: string | null, values = {}, notes: string[] = []): RunOutcome => ({
    scenarioId: scenario.id,
    server: kind,
    round,
    status,
    values,
    notes,
    detail,
    wallMs: performance.now() - started,
  });

  let server: RunningServer;
  try {
    server = await startServer(kind);
  } catch (error) {
    return outcome('error', `could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_START_MS));
  // Peak RSS counts from here, without the start-up transient.
  const peakWasReset = resetPeak(server.pid);
  const sampler = new RssSampler(server.pid);
  sampler.start();

  const worker = fork(WORKER, [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  trackChild(worker);
  const workerTail: string[] = [];
  for (const stream of [worker.stdout!, worker.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      workerTail.push(line);
      if (workerTail.length > WORKER_TAIL_LINES) workerTail.shift();
    });
  }
  const marks = new Map<string, MarkSample>();
  const reply = (message: ParentMessage) => {
    if (worker.connected) worker.send(message);
  };

  let timer: NodeJS.Timeout | undefined;
  const ending = await new Promise<Ending>((resolve) => {
    worker.on('message', (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      switch (message.type) {
        case 'mark':
          void (async () => {
            const heapUsedBytes = message.gc ? await server.heapAfterGc() : null;
            const sample = await sampleProcess(server.pid);
            if (sample) {
              marks.set(message.label, {
                atMs: performance.now(),
                cpuMs: sample.cpuMs,
                rssBytes: sample.rssBytes,
                heapUsedBytes,
              });
            }
            reply({ type: 'markAck', id: message.id });
          })();
          return;
        case 'probe':
          void loadedRooms(server).then((roomsLoaded) => reply({ type: 'probeAck', id: message.id, roomsLoaded }));
          return;
        case 'result':
          resolve({ kind: 'result', output: message.output });
          return;
        case 'error':
          resolve({ kind: 'error', message: message.message });
      }
    });
    worker.once('exit', (code) => resolve({ kind: 'workerExit', code }));
    void server.exited.then(() => resolve({ kind: 'crash' }));
    timer = setTimeout(() => resolve({ kind: 'timeout' }), scenario.timeoutMs);
    worker.send({
      type: 'run',
      runner: scenario.runner,
      params: scenario.params,
      collabBaseUrl: server.collabBaseUrl,
    } satisfies ParentMessage);
  });
  clearTimeout(timer);
  sampler.stop();
  const last = await sampleProcess(server.pid);
  const peakRssBytes = peakWasReset && last?.peakRssBytes ? last.peakRssBytes : sampler.maxRssBytes || null;

  if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
  // A client error is often the symptom of a server that just died: give the exit a moment to show.
  if (ending.kind !== 'result') await Promise.race([server.exited, new Promise((r) => setTimeout(r, 300))]);
  const crashed = server.exitInfo;
  await server.stop();

  if (crashed) {
    const tail = server.logTail().slice(-3).join(' | ');
    return outcome('crash', `server exited (code ${crashed.code}, signal ${crashed.signal}); last output: ${tail}`);
  }
  switch (ending.kind) {
    case 'result':
      return outcome('ok', null, scenario.derive(ending.output, { marks, peakRssBytes }), ending.output.notes);
    case 'timeout':
      return outcome('timeout', `no result within ${Math.round(scenario.timeoutMs / 1000)} s`);
    case 'error':
      return outcome('error', ending.message.split('\n')[0] ?? ending.message);
    case 'workerExit':
      return outcome('error', `client process exited (code ${ending.code}): ${workerTail.slice(-3).join(' | ')}`);
    case 'crash':
      return outcome('crash', 'server exited');
  }
}
