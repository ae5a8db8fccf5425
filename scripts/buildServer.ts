import path from 'node:path';
import { build } from 'esbuild';

/**
 * `npm run build` (after the client): bundles the server's TypeScript into one ES module,
 * `dist/server/main.mjs`, which `npm start` runs with plain `node`. Packages stay outside the bundle (loaded
 * from node_modules as usual). Running the bundle instead of the sources through the tsx loader saves about
 * 60 MB of memory (the loader and its own thread) and the start-up compile. Tests and `npm run dev` still run
 * the sources. `--outdir` writes elsewhere (a test builds into a temporary folder).
 */
const ROOT = path.resolve(import.meta.dirname, '..');

export async function buildServer(outdir = path.join(ROOT, 'dist/server')): Promise<string> {
  const outfile = path.join(outdir, 'main.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'server/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return outfile;
}

if (import.meta.filename === process.argv[1]) {
  const index = process.argv.indexOf('--outdir');
  const outfile = await buildServer(index > 0 ? path.resolve(process.argv[index + 1]!) : undefined);
  process.stdout.write(`server bundle: ${path.relative(process.cwd(), outfile)}\n`);
}
