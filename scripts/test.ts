import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * `npm test`: make sure Debian's Chromium is there (installing it when we may), build the client so the
 * browser tests run against current code, then run every vitest project. Exits with the first failure's code.
 * Browser tests are never skipped silently: without Chromium this stops and says what to install.
 */
const CHROMIUM_PATH = '/usr/bin/chromium';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The browser tests need Debian's Chromium at ${CHROMIUM_PATH}. Install it with:\n`);
    console.error('  sudo apt-get install -y chromium\n');
    process.exit(1);
  }
  console.log(`${CHROMIUM_PATH} is missing; installing Debian's chromium package …`);
  const status = run('sh', ['-c', 'apt-get update && apt-get install -y chromium']);
  if (status !== 0 || !fs.existsSync(CHROMIUM_PATH)) {
    console.error(`Installing chromium failed (exit ${status}); the browser tests cannot run.`);
    process.exit(status || 1);
  }
}

ensureChromium();

const build = run('npx', ['vite', 'build']);
if (build !== 0) process.exit(build);

process.exit(run('npx', ['vitest', 'run', ...process.argv.slice(2)]));
