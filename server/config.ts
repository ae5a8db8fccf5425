import path from 'node:path';
import { z } from 'zod';

const MiB = 1024 * 1024;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every setting of the server, read once from the environment at start-up. Names carry their unit.
 * This is the only module that reads `process.env`.
 */
const ConfigSchema = z.object({
  /** TCP port for HTTP and WebSocket. 0 picks a free port. @default 8080 */
  PORT: int(0, 65535).default(8080),
  /** Interface to listen on. @default 127.0.0.1 (set 0.0.0.0 to serve the network) */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the SQLite database. @default ./data */
  DATA_DIR: z.string().min(1).default('./data'),
  /** pino log level. @default info */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * SQLite `synchronous` mode. NORMAL (with WAL) never loses a committed update when the process dies;
   * FULL also survives power loss at some cost per update. @default NORMAL
   */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  /**
   * How often, in milliseconds, a worker thread copies the SQLite write-ahead log into the database file
   * (a checkpoint, which syncs the file) — off the event loop, so no edit waits for it. 0 leaves it to
   * SQLite, inside whichever commit crosses 1000 pages. @default 1000
   */
  SQLITE_CHECKPOINT_INTERVAL_MS: int(0, 3_600_000).default(1000),
  /** Largest WebSocket message accepted, in bytes; larger closes the connection (1009). @default 4 MiB */
  MAX_MESSAGE_BYTES: int(1024, 256 * MiB).default(4 * MiB),
  /** Largest size a playbook may grow to, in bytes of stored Yjs state. @default 32 MiB */
  MAX_DOCUMENT_BYTES: int(1024, 1024 * MiB).default(32 * MiB),
  /**
   * Messages per second one connection may send on average. Stock y-websocket clients re-send every
   * awareness update they receive, so a busy room of 100 people needs a few hundred per second. @default 1000
   */
  RATE_LIMIT_MESSAGES_PER_SECOND: int(1, 1_000_000).default(1000),
  /** Burst of messages allowed above the average rate. @default 2000 */
  RATE_LIMIT_BURST: int(1, 1_000_000).default(2000),
  /** A connection whose unsent bytes exceed this is a slow reader and is disconnected. @default 16 MiB */
  MAX_BUFFERED_BYTES: int(1024, 1024 * MiB).default(16 * MiB),
  /**
   * Open collaboration sockets allowed from one IP address. A municipality may put hundreds of staff behind
   * one address, so the default is generous; it stops one machine from exhausting the server. @default 200
   */
  MAX_CONNECTIONS_PER_ADDRESS: int(1, 100_000).default(200),
  /**
   * A websocket not yet authorised (its cookie or token still being checked) is closed with 4401 after
   * this long; until then it may send at most 16 messages and 256 KiB. @default 10000
   */
  AUTH_TIMEOUT_MS: int(100, 600_000).default(10_000),
  /**
   * Other web origins (scheme://host:port, comma-separated) whose pages may open collaboration sockets.
   * The app's own origin is always allowed; a browser page from anywhere else is refused (403), so another
   * site cannot act with a user's session. Clients that send no Origin (tools, integrations) are not
   * affected. @default '' (none)
   */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => new URL(origin).origin))),
  /** Interval between pings; a peer that misses one is dropped. @default 30000 */
  PING_INTERVAL_MS: int(50, 600_000).default(30_000),
  /** Compact a playbook's update log into a snapshot after this many updates. @default 1000 */
  COMPACT_AFTER_UPDATES: int(1, 10_000_000).default(1000),
  /** ... or after the log holds this many bytes. @default 4 MiB */
  COMPACT_AFTER_BYTES: int(1, 1024 * MiB).default(4 * MiB),
  /**
   * Longest an update may wait for content it builds on (a reconnecting client sends fresh edits before
   * its offline ones); after that it is refused with 4422. @default 10000
   */
  HELD_UPDATE_TIMEOUT_MS: int(100, 600_000).default(10_000),
  /**
   * How long a playbook stays in memory after its last editor left, so a page reload does not reload and
   * re-apply the whole document. 0 unloads at once. @default 3000
   */
  ROOM_IDLE_UNLOAD_MS: int(0, 3_600_000).default(3000),
  /** Longest a graceful shutdown may take before the process exits anyway. @default 5000 */
  SHUTDOWN_TIMEOUT_MS: int(100, 120_000).default(5000),
  /**
   * Mark the session cookie `Secure` (sent over HTTPS only) even when the request reached us as plain HTTP,
   * as behind a TLS-terminating proxy. Off by default so sign-in works on http://localhost; a request that
   * arrives over HTTPS always gets a Secure cookie. @default false
   */
  /**
   * Secret a metrics scraper sends as `Authorization: Bearer <token>` on `GET /metrics` (at least 24
   * characters). Without it, only signed-in system administrators can read the metrics. @default '' (none)
   */
  METRICS_TOKEN: z.union([z.literal(''), z.string().min(24).max(256)]).default(''),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Folder of the built client served at `/`. Empty disables static serving. @default dist/client */
  STATIC_DIR: z.string().default('dist/client'),
});

/** Settings where an empty value means something ('' turns static serving off). */
const EMPTY_IS_A_VALUE = new Set(['STATIC_DIR']);

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Thrown with every problem listed, so an operator fixes all of them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment (or any record, for tests); throws `ConfigError` listing every bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "unset", except where empty is a meaningful value.
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [
      key,
      env[key] === '' && !EMPTY_IS_A_VALUE.has(key) ? undefined : env[key],
    ]),
  );
  const parsed = ConfigSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        return `${key}=${JSON.stringify(env[key] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const config = parsed.data;
  return Object.freeze({ ...config, DATA_DIR: path.resolve(config.DATA_DIR) });
}

/** Config for tests and embedding: defaults plus overrides, validated the same way. */
export function configWith(overrides: Partial<Record<keyof z.infer<typeof ConfigSchema>, string | number>>): Config {
  return loadConfig(Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, String(v)])));
}
