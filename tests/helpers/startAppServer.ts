import fs from 'node:fs';
import path from 'node:path';
import type { AppDeps } from '../../server/app.js';
import type { Config } from '../../server/config.js';
import { startPlaybookServer, type TestServer } from './startServer.js';

/** The built client the browser tests run against. */
export const CLIENT_DIST_DIR = path.resolve(import.meta.dirname, '../../dist/client');

/**
 * The real server serving the built client from dist/client, on an ephemeral port (or `overrides.PORT`).
 * Fails at once, saying what to run, when the client was not built: a browser test against a missing or
 * stale build would test nothing useful. The app runs with its real defaults: only playbooks created through
 * the API open, so a test creates its playbook with `POST /api/playbooks` before opening it.
 */
export async function startAppServer(
  overrides: Partial<Record<keyof Config, string | number>> = {},
  deps: Omit<AppDeps, 'config'> = {},
): Promise<TestServer> {
  if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html'))) {
    throw new Error(
      `The built client is missing (${CLIENT_DIST_DIR}/index.html). Browser tests need it: run \`npm test\`, ` +
        'which builds first, or `npx vite build` before `npx vitest run --project browser`.',
    );
  }
  return startPlaybookServer({ STATIC_DIR: CLIENT_DIST_DIR, ...overrides }, deps);
}
