import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** `node --import tsx server/main.ts` as a child process, the way production runs it. */
export interface MainProcess {
  child: ChildProcess;
  /** stdout lines (JSON logs) so far. */
  stdout: string[];
  /** stderr lines so far. */
  stderr: string[];
  /** Resolves with the port from the "listening" log line; rejects when the process exits first. */
  port: Promise<number>;
  /** Resolves when the process exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the server entry point with `env` on top of a test-friendly base (port 0, no static client). */
export function spawnMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', STATIC_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const port = new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      stdout.push(line);
      const port = portOf(line);
      if (port !== null) resolve(port);
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`server exited (code ${code}, signal ${signal}) before listening:\n${stderr.join('\n')}`)),
    );
  });
  // Rejections are for whoever awaits `port`; a test that only wants the exit must not fail on them.
  port.catch(() => {});
  return { child, stdout, stderr, port, exited };
}

function portOf(line: string): number | null {
  try {
    const entry: unknown = JSON.parse(line);
    if (typeof entry === 'object' && entry !== null && 'port' in entry && typeof entry.port === 'number') {
      return entry.port;
    }
  } catch {
    // Not a JSON log line.
  }
  return null;
}
