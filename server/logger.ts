import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; the only place that writes to the console. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'drejebog' } });
}
