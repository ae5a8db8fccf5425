import { execFile, execFileSync } from 'node:child_process';
import os from 'node:os';
import { REPO_ROOT } from './servers.js';

/** What the numbers were measured on. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  commit: string;
  loadAverage: string;
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit: gitCommit(),
    loadAverage: currentLoad(),
  };
}

export function currentLoad(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

const IDLE_SCRIPT = 'setTimeout(() => process.stdout.write(String(process.memoryUsage().rss)), 1500);';

/**
 * RSS of an idle Node process with and without the tsx loader (how our server is run), in MiB, so the RSS
 * rows can be read knowing what the loader alone costs. Null when either measurement fails.
 */
export async function measureLoaderOverhead(): Promise<{ plainMiB: number; tsxMiB: number } | null> {
  const idleRss = (loaderArgs: string[]) =>
    new Promise<number | null>((resolve) => {
      execFile(
        process.execPath,
        [...loaderArgs, '-e', IDLE_SCRIPT],
        { cwd: REPO_ROOT, timeout: 15_000 },
        (error, stdout) => resolve(error ? null : Number(stdout) / 1024 ** 2 || null),
      );
    });
  const [plainMiB, tsxMiB] = await Promise.all([idleRss([]), idleRss(['--import', 'tsx'])]);
  return plainMiB !== null && tsxMiB !== null ? { plainMiB, tsxMiB } : null;
}

function gitCommit(): string {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = run('status', '--porcelain', '--', 'server', 'shared').length > 0;
    return `${run('rev-parse', '--short', 'HEAD')}${dirty ? ' (server/ or shared/ has uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}
