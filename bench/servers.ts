import crypto from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { removeTempDir, trackChild, trackTempDir } from './children.js';

/** Our server's metrics are not public: the bench reads them with a token made for this run. */
const METRICS_TOKEN = `bench-${crypto.randomBytes(16).toString('hex')}`;

/** Ours, the reference, and the floor: a relay that does nothing else (bench/floorServer.js). */
export type ServerKind = 'ours' | 'ref' | 'floor';

export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'ref', 'floor'];

export const SERVER_LABELS: Record<ServerKind, string> = {
  ours: 'Ours',
  ref: 'Reference',
  floor: 'Floor (relay only)',
};

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
/** Our server as `npm start` runs it (see scripts/buildServer.ts); bench/run.ts builds it first. */
const OURS_BUNDLE = path.join(REPO_ROOT, 'dist/server/main.mjs');
const HOST = '127.0.0.1';
const LOG_TAIL_LINES = 20;
/** The servers that run as plain JavaScript under `node`, configured by PORT and HOST alone. */
const PLAIN_NODE_SCRIPTS: Record<Exclude<ServerKind, 'ours'>, string> = {
  ref: 'node_modules/@y/websocket-server/src/server.js',
  floor: 'bench/floorServer.js',
};
const STOP_GRACE_MS = 5_000;
const HEAP_REPLY_TIMEOUT_MS = 5_000;
const HEAP_LINE = 'BENCH_HEAP ';
// Loaded into every server the same way: a full GC and heap figures on SIGUSR2 (see serverProbe.js).
const PROBE_ARGS = ['--expose-gc', '--import', pathToFileURL(path.join(import.meta.dirname, 'serverProbe.js')).href];
/**
 * `BENCH_CPU_PROF_DIR=/tmp/prof npm run bench …` writes a V8 CPU profile of every server run there (open it in
 * Chrome DevTools or summarise it with `node bench/profileSummary.ts`). Profiling slows both servers alike.
 */
const PROFILE_ARGS = process.env.BENCH_CPU_PROF_DIR
  ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_CPU_PROF_DIR)]
  : [];

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One server under test, running in its own process with a fresh temporary data folder. */
export interface RunningServer {
  kind: ServerKind;
  pid: number;
  port: number;
  /** The base URL a `WebsocketProvider` takes; the room name is appended to it. */
  collabBaseUrl: string;
  /** Prometheus endpoint (ours only), used to read how many rooms are loaded. */
  metricsUrl: string | null;
  /** Set once the process exited, whether we stopped it or it crashed. */
  exitInfo: ExitInfo | null;
  /** Resolves when the process exited. */
  exited: Promise<ExitInfo>;
  /** The last lines it printed (stdout and stderr), for crash reports. */
  logTail(): string[];
  /** Runs a full GC in the server and returns the heap still in use, in bytes; null when it does not answer. */
  heapAfterGc(): Promise<number | null>;
  /** SIGTERM, then SIGKILL after a grace period; removes the data folder. */
  stop(): Promise<void>;
}

/** Starts a server of `kind` on 127.0.0.1 and resolves once it listens. */
export async function startServer(kind: ServerKind, timeoutMs = 30_000): Promise<RunningServer> {
  if (kind === 'ours') return launch(kind, 0, timeoutMs);
  // The reference (and the floor, which copies its start-up line) prints the port it was given, not the one
  // it bound, so it gets a free port chosen here; another process may take that port in between, hence the
  // retries.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await launch(kind, await freePort(), timeoutMs);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function launch(kind: ServerKind, requestedPort: number, timeoutMs: number): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `drejebog-bench-${kind}-`));
  trackTempDir(dataDir);
  const args =
    kind === 'ours'
      ? [...PROBE_ARGS, ...PROFILE_ARGS, OURS_BUNDLE]
      : [...PROBE_ARGS, ...PROFILE_ARGS, path.join(REPO_ROOT, PLAIN_NODE_SCRIPTS[kind])];
  const env: NodeJS.ProcessEnv =
    kind === 'ours'
      ? {
          ...process.env,
          PORT: '0',
          HOST,
          DATA_DIR: dataDir,
          LOG_LEVEL: 'info',
          STATIC_DIR: '',
          METRICS_TOKEN,
          // Every bench client connects from 127.0.0.1; the abandon scenario alone holds 500 sockets at once,
          // past the default per-address cap (200) that protects a real server from one noisy address.
          MAX_CONNECTIONS_PER_ADDRESS: '100000',
        }
      : { ...process.env, PORT: String(requestedPort), HOST };
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);

  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > LOG_TAIL_LINES) tail.shift();
  };
  const heapWaiters = new Set<(heapUsed: number) => void>();
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    if (!line.startsWith(HEAP_LINE)) return remember(line);
    const heapUsed = heapUsedOf(line.slice(HEAP_LINE.length));
    if (heapUsed === null) return;
    for (const waiter of heapWaiters) waiter(heapUsed);
    heapWaiters.clear();
  });
  const heapAfterGc = (): Promise<number | null> => {
    if (exitInfo) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        heapWaiters.delete(done);
        resolve(null);
      }, HEAP_REPLY_TIMEOUT_MS);
      const done = (heapUsed: number) => {
        clearTimeout(timer);
        resolve(heapUsed);
      };
      heapWaiters.add(done);
      child.kill('SIGUSR2');
    });
  };
  const stdout = readline.createInterface({ input: child.stdout });
  stdout.on('line', remember);

  let exitInfo: ExitInfo | null = null;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopChild(child, exited).then(() => {
        removeTempDir(dataDir);
        reject(new Error(`${kind} server: ${why}\n${tail.join('\n')}`));
      });
    };
    const timer = setTimeout(() => fail('did not start listening in time'), timeoutMs);
    void exited.then((info) => fail(`exited during start-up (code ${info.code}, signal ${info.signal})`));
    stdout.on('line', (line) => {
      if (settled) return;
      const port = kind === 'ours' ? portFromJsonLog(line) : line.includes('running at') ? requestedPort : null;
      if (port === null) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        kind,
        pid: child.pid!,
        port,
        collabBaseUrl: kind === 'ours' ? `ws://${HOST}:${port}/collab` : `ws://${HOST}:${port}`,
        metricsUrl: kind === 'ours' ? `http://${HOST}:${port}/metrics` : null,
        get exitInfo() {
          return exitInfo;
        },
        exited,
        logTail: () => [...tail],
        heapAfterGc,
        async stop() {
          await stopChild(child, exited);
          removeTempDir(dataDir);
        },
      });
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<ExitInfo>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** The `port` field of one of our JSON log lines, or null for any other line. */
function portFromJsonLog(line: string): number | null {
  try {
    const entry: unknown = JSON.parse(line);
    if (typeof entry === 'object' && entry !== null && 'port' in entry && typeof entry.port === 'number') {
      return entry.port;
    }
  } catch {
    // Not JSON: some other output line.
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function heapUsedOf(json: string): number | null {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'object' && value !== null && 'heapUsed' in value && typeof value.heapUsed === 'number') {
      return value.heapUsed;
    }
  } catch {
    // A malformed line is ignored; the waiter times out and reports null.
  }
  return null;
}

/** Rooms our server holds in memory, read from its Prometheus metrics; null for the others or on error. */
export async function loadedRooms(server: RunningServer): Promise<number | null> {
  if (!server.metricsUrl || server.exitInfo) return null;
  try {
    const response = await fetch(server.metricsUrl, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      signal: AbortSignal.timeout(2_000),
    });
    const text = await response.text();
    const match = /^drejebog_rooms_loaded (\d+)/m.exec(text);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
