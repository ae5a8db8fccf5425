import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppDeps } from '../../server/app.js';
import { admitEveryone } from '../../server/collab/authorize.js';
import { configWith, type Config } from '../../server/config.js';

export interface TestServer {
  app: App;
  port: number;
  /** `ws://127.0.0.1:<port>/collab` — the base URL a `WebsocketProvider` takes. */
  collabUrl: string;
  httpUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A fresh temporary data folder; removed by `removeDataDir`. */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'drejebog-test-'));
}

export function removeDataDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

type Overrides = Partial<Record<keyof Config, string | number>>;

/**
 * Starts the real server (real SQLite in a temporary folder) on an ephemeral port, with RAW PROTOCOL ROOMS:
 * any valid room name opens a document, as the collaboration, hostile-client and ops tests need. A test
 * that passes `deps.authorize` gets that instead. `overrides` are environment-style settings, validated like
 * the real ones. For the app as it runs in production, use `startPlaybookServer`.
 */
export function startServer(overrides: Overrides = {}, deps: Omit<AppDeps, 'config'> = {}): Promise<TestServer> {
  return startPlaybookServer(overrides, { authorize: admitEveryone, ...deps });
}

/**
 * Starts the real server with the app's own defaults: the websocket opens only playbooks created through
 * the API (`POST /api/playbooks`), exactly as in production.
 */
export async function startPlaybookServer(
  overrides: Overrides = {},
  deps: Omit<AppDeps, 'config'> = {},
): Promise<TestServer> {
  const dataDir = typeof overrides.DATA_DIR === 'string' ? overrides.DATA_DIR : makeDataDir();
  const config = configWith({
    PORT: 0,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    STATIC_DIR: '',
    // Tests observe unloading directly; the grace period has a test of its own.
    ROOM_IDLE_UNLOAD_MS: 0,
    ...overrides,
    DATA_DIR: dataDir,
  });
  const app = createApp({ config, ...deps });
  const port = await app.listen();
  return {
    app,
    port,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    httpUrl: `http://127.0.0.1:${port}`,
    dataDir,
    stop: () => app.close(),
  };
}
