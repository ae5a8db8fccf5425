import { pino, type Logger } from 'pino';

export interface CapturedLog {
  /** Pass as `createApp` deps `log` (or `startServer(…, { log })`). */
  log: Logger;
  /** Every JSON line written so far. */
  lines: string[];
  /** Every line parsed. */
  entries(): Array<Record<string, unknown>>;
}

/** A pino logger at `level` that writes into memory instead of stdout, so a test can read the logs. */
export function captureLogger(level = 'debug'): CapturedLog {
  const lines: string[] = [];
  const log = pino({ level }, { write: (line: string) => void lines.push(line) });
  return {
    log,
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
