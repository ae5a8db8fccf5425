import type { z } from 'zod';

// sysexits.h codes, so scripts can tell a typo from bad data from a broken setup.
export const EX_USAGE = 64;
export const EX_DATAERR = 65;
export const EX_CONFIG = 78;

/** A failure the CLI reports as a message and an exit code, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The value of `--option`, or a usage error naming it; a secret's value is never repeated. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, option: string, secret = false): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const given = value === undefined ? 'missing' : secret ? '(hidden)' : JSON.stringify(value);
    throw new CliError(`--${option} ${given}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, EX_USAGE);
  }
  return parsed.data;
}
