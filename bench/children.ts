import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/**
 * Every child process and temporary folder the bench created, so that none outlives it: on normal exit,
 * on an uncaught error and on SIGINT / SIGTERM each child gets SIGKILL and each folder is removed.
 */
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

export function trackTempDir(dir: string): void {
  tempDirs.add(dir);
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Synchronous, so it also works inside an 'exit' handler. */
export function killEverything(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

let installed = false;

/** Installs the exit, signal and uncaught-error handlers once. */
export function killChildrenOnExit(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killEverything);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping every child process`);
      killEverything();
      process.exit(130);
    });
  }
  const fatal = (error: unknown) => {
    console.error('bench: fatal error', error);
    killEverything();
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
