import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/** The real server (`server/main.ts`) running as a child process, as it runs in production. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** `ws://127.0.0.1:<port>/collab` — the base URL a `WebsocketProvider` takes. */
  collabUrl: string;
  /** Every stdout and stderr line so far, for failure messages. */
  output: string[];
  /** Sends `signal` and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

// Every child ever started, so a failing test cannot leave one running.
const running = new Set<ChildProcess>();

/** The server from its sources, as tests and `npm run dev` run it. */
const FROM_SOURCES = ['--import', 'tsx', 'server/main.ts'];

/**
 * Starts the server (`node --import tsx server/main.ts`, or `nodeArgs` such as a built bundle's path) on a
 * free port with `dataDir`, and resolves once it logged the JSON line with the port it listens on. Rejects
 * (and kills the child) when that does not happen in time.
 */
export function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 15_000,
  nodeArgs: string[] = FROM_SOURCES,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', STATIC_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });
  const output: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  const stdout = readline.createInterface({ input: child.stdout });

  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void kill().then(() => reject(new Error(`${why}\n${output.join('\n')}`)));
    };
    const timer = setTimeout(() => fail('the server process did not report its port in time'), timeoutMs);
    child.once('exit', (code, signal) => fail(`the server process exited early (code ${code}, signal ${signal})`));
    stdout.on('line', (line) => {
      output.push(line);
      const port = portOf(line);
      if (port === null || settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ child, port, collabUrl: `ws://127.0.0.1:${port}/collab`, output, kill });
    });
  });
}

/** The `port` field of a JSON log line, or null for any other line. */
function portOf(line: string): number | null {
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

/** SIGKILLs every server process still running; for afterEach / afterAll. */
export async function killAllServerProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
  running.clear();
}
