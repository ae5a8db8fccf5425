import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm run dev`: the server (reloading on change, port 8080) and the Vite dev server (hot reload, port 5173,
 * proxying /api and /collab to the server) together. Stopping one, or Ctrl-C, stops both.
 */
const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, command: string, args: string[]): void {
  // detached: each child leads its own process group, so the whole group (npx → node → esbuild) is stopped.
  const child = spawn(command, args, { stdio: 'inherit', detached: true });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? `code ${code}`}); stopping the other one.`);
      stop(code ?? 1);
    }
  });
}

function stop(exitCode: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // reason: the group is already gone.
    }
  }
  // Give both a moment to shut down gracefully (the server flushes its rooms), then leave.
  setTimeout(() => process.exit(exitCode), 1500).unref();
  const waitForAll = setInterval(() => {
    if (children.every((child) => child.exitCode !== null || child.signalCode !== null)) {
      clearInterval(waitForAll);
      process.exit(exitCode);
    }
  }, 50);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('exit', () => {
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // reason: already gone.
      }
    }
  }
});

start('server', 'npx', ['tsx', 'watch', '--clear-screen=false', 'server/main.ts']);
start('vite', 'npx', ['vite']);
console.log('Drejebog dev: open http://localhost:5173 (server on http://localhost:8080)');
