import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launchChromium.js';
import { startAppServer } from './startAppServer.js';
import type { TestServer } from './startServer.js';

/**
 * The set-up every browser test file shares: the real app (built client, real server) and one Chromium,
 * started before the file's tests and stopped after them. `ready` receives both once they run.
 */
export function appInChromium(ready: (server: TestServer, browser: Browser) => void): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
