import { createApp, type App } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { PlaybookLibraryError } from './playbooks/playbookLibrary.js';

// Entry point: configuration → app → listen → graceful shutdown on SIGTERM / SIGINT.
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

let app: App;
try {
  app = createApp({ config });
} catch (error) {
  if (error instanceof PlaybookLibraryError) {
    process.stderr.write(`Cannot start: ${error.message}\n`);
    process.exit(78); // EX_CONFIG: the data files are part of the installation
  }
  throw error;
}
const port = await app.listen();
app.log.info(
  { port, host: config.HOST, dataDir: config.DATA_DIR },
  `Drejebog is running on http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${port}`,
);

let shuttingDown = false;
function shutdown(signal: string): void {
  if (shuttingDown) return;
  shuttingDown = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    app.log.error('shutdown took too long, exiting anyway');
    process.exit(1);
  }, config.SHUTDOWN_TIMEOUT_MS);
  force.unref();
  app.close().then(
    () => {
      app.log.info('stopped');
      process.exit(0);
    },
    (error: unknown) => {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
