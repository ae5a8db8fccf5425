import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

export interface WalCheckpointerOptions {
  /** The database file (WAL mode). */
  file: string;
  /** The writer's `synchronous` mode: with NORMAL a checkpoint syncs the file, which is what takes time. */
  synchronous: 'NORMAL' | 'FULL';
  /** How often to look for new commits and checkpoint them. */
  intervalMs: number;
  /** Called when the worker fails; the caller falls back to SQLite's own checkpoints. */
  onFailure: (error: Error) => void;
}

// Plain CommonJS, evaluated in the worker: no TypeScript loader needed there. `data_version` changes when
// another connection committed, so an idle server does nothing but one cheap pragma per interval.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = ' + workerData.synchronous);
const dataVersion = db.prepare('PRAGMA data_version').pluck();
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let seen = null;
function run() {
  const version = dataVersion.get();
  if (version === seen) return;
  seen = version;
  checkpoint.get();
}
const timer = setInterval(run, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  try { run(); } finally { db.close(); parentPort.close(); }
});
`;

const STOP_TIMEOUT_MS = 5_000;

/**
 * Copies the write-ahead log back into the database file from a worker thread, with a connection of its
 * own, instead of on the event loop. SQLite's automatic checkpoint runs inside whichever commit crosses
 * 1000 pages and syncs the file there: under typing load that put 2–18 ms stalls into every room's relay
 * (seen as the update-to-arrival p99). A PASSIVE checkpoint never blocks the writer, so commits go on
 * while the file is synced; the writer turns its automatic checkpoints off while this runs.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private stopped = false;

  constructor(options: WalCheckpointerOptions) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        betterSqlite3: require.resolve('better-sqlite3'),
        file: options.file,
        synchronous: options.synchronous,
        intervalMs: options.intervalMs,
      },
    });
    // A checkpointer alone must never keep the process alive.
    this.worker.unref();
    this.worker.on('error', (error) => {
      if (!this.stopped) options.onFailure(error);
    });
    this.worker.on('exit', (code) => {
      if (!this.stopped) options.onFailure(new Error(`WAL checkpoint worker exited (code ${code})`));
    });
  }

  /** Checkpoints once more and stops the worker; resolves when its connection is closed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    const timer = setTimeout(() => void this.worker.terminate(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
