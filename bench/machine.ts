import { execFileSync } from 'node:child_process';
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

function gitCommit(): string {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = run('status', '--porcelain', '--', 'server', 'shared').length > 0;
    return `${run('rev-parse', '--short', 'HEAD')}${dirty ? ' (server/ or shared/ has uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}
