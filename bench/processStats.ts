import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import pidusage from 'pidusage';

/** CPU time and memory of one process at one moment. */
export interface ProcessSample {
  /** user + system CPU time since the process started, in ms. */
  cpuMs: number;
  /** Resident set size now, in bytes. */
  rssBytes: number;
  /** Highest resident set size (VmHWM) since start or the last `resetPeak`, in bytes; null without /proc. */
  peakRssBytes: number | null;
}

const hasProc = fs.existsSync('/proc/self/stat');

const clockTicksPerSecond = ((): number => {
  if (!hasProc) return 100;
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : 100;
  } catch {
    return 100; // Linux's usual value; getconf is missing on some minimal images.
  }
})();

/** Samples `pid` from /proc (Linux), else through pidusage. Null when the process is gone. */
export async function sampleProcess(pid: number): Promise<ProcessSample | null> {
  if (!hasProc) {
    try {
      const stat = await pidusage(pid);
      return { cpuMs: stat.ctime, rssBytes: stat.memory, peakRssBytes: null };
    } catch {
      return null;
    }
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      cpuMs: (ticks * 1000) / clockTicksPerSecond,
      rssBytes: statusKiB(status, 'VmRSS') * 1024,
      peakRssBytes: statusKiB(status, 'VmHWM') * 1024,
    };
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (Linux `clear_refs` 5). Returns false when not permitted. */
export function resetPeak(pid: number): boolean {
  if (!hasProc) return false;
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function statusKiB(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

/** Samples a process every `intervalMs` and keeps the highest RSS seen: the peak where VmHWM is missing. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  maxRssBytes = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 100,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      void sampleProcess(this.pid).then((sample) => {
        if (sample) this.maxRssBytes = Math.max(this.maxRssBytes, sample.rssBytes);
      });
    }, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
