import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../scripts/buildServer.js';
import { READING_ASSETS_PATH } from '../../../server/reading/PageShell.js';
import { startServerProcess, type ServerProcess } from '../../helpers/serverProcess.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

// `npm start` runs the bundle `npm run build` writes, not the sources: it must find its data files
// (playbooks/, the reading pages' assets) from dist/ and serve like the sources do.
describe('the built server bundle', () => {
  const outdir = path.join(ROOT, 'dist', `test-server-bundle-${process.pid}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drejebog-bundle-'));
  let server: ServerProcess;
  let base: string;

  beforeAll(async () => {
    const outfile = await buildServer(outdir);
    // Plain node: no TypeScript loader in the process.
    server = await startServerProcess(dataDir, {}, 15_000, ['--enable-source-maps', outfile]);
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.kill('SIGTERM');
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts and answers the health check', async () => {
    // Listening at all means the playbook library was found: without playbooks/ the server exits (78).
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('serves the reading pages’ assets from the installation, and nothing else from disk', async () => {
    const css = await fetch(`${base}${READING_ASSETS_PATH}/reading.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).toBe(fs.readFileSync(path.join(ROOT, 'server/reading/assets/reading.css'), 'utf8'));
    expect((await fetch(`${base}${READING_ASSETS_PATH}/..%2Fpackage.json`)).status).toBe(404);
  });

  it('runs without the tsx loader and stops cleanly on SIGTERM', async () => {
    expect(server.output.join('\n')).not.toMatch(/tsx/);
    await server.kill('SIGTERM');
    expect(server.child.exitCode).toBe(0);
  });
});
