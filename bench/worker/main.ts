import {
  isParentMessage,
  type ParentMessage,
  type RunnerName,
  type WorkerMessage,
  type WorkerOutput,
} from '../protocol.js';
import { runAbandon, type AbandonParams } from '../scenarios/abandonedRooms.js';
import { runLateJoin, type LateJoinParams } from '../scenarios/lateJoin.js';
import { runTyping, type TypingParams } from '../scenarios/typing.js';
import type { WorkerContext } from './WorkerContext.js';

// The client process: runs one scenario against one server, asked by the bench over IPC, then exits.
// Every provider adds an 'exit' listener to process; hundreds of clients are expected here.
process.setMaxListeners(0);

const send = (message: WorkerMessage) => process.send!(message);
// Exits only once the message is handed to the IPC channel, or the result would be lost.
const sendAndExit = (message: WorkerMessage, code: number) =>
  process.send!(message, undefined, {}, () => process.exit(code));
let nextId = 1;
const pending = new Map<number, (reply: ParentMessage) => void>();

function request(message: WorkerMessage & { id: number }): Promise<ParentMessage> {
  return new Promise((resolve) => {
    pending.set(message.id, resolve);
    send(message);
  });
}

const OUR_COLLAB_PATH = '/collab';

/**
 * Signs in to our server as its first administrator (each bench run has a fresh data folder, so this is
 * the first-run setup) and returns the session cookie; the administrator facilitates every bench playbook.
 */
async function signIn(httpBase: string): Promise<string> {
  const response = await fetch(`${httpBase}/api/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisation: { name: 'Benchmark', kind: 'andet' },
      administrator: { email: 'bench@bench.example', displayName: 'Bench', password: 'benchmark-password' },
    }),
  });
  const cookie = /drejebog_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (response.status !== 201 || !cookie) throw new Error(`bench setup failed: ${response.status}`);
  return cookie;
}

async function createPlaybook(httpBase: string, cookie: string, title: string): Promise<string> {
  const response = await fetch(`${httpBase}/api/playbooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ title, templateId: null }),
  });
  const body: unknown = await response.json();
  if (response.status !== 201 || typeof body !== 'object' || body === null || !('id' in body)) {
    throw new Error(`creating playbook "${title}" failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return String(body.id);
}

const context = (collabBaseUrl: string): WorkerContext => {
  const rooms = new Map<string, Promise<string>>();
  const socketHeaders: Record<string, string> = {};
  const httpBase = collabBaseUrl.replace(/^ws/, 'http').slice(0, -OUR_COLLAB_PATH.length);
  let session: Promise<string> | null = null;
  return {
    collabBaseUrl,
    socketHeaders,
    room: (name) => {
      if (!collabBaseUrl.endsWith(OUR_COLLAB_PATH)) return Promise.resolve(name);
      let id = rooms.get(name);
      if (!id) {
        session ??= signIn(httpBase).then((cookie) => {
          socketHeaders.cookie = cookie;
          return cookie;
        });
        id = session.then((cookie) => createPlaybook(httpBase, cookie, name));
        rooms.set(name, id);
      }
      return id;
    },
    mark: async (label, options) => {
      await request({ type: 'mark', id: nextId++, label, gc: options?.gc ?? false });
    },
    roomsLoaded: async () => {
      const reply = await request({ type: 'probe', id: nextId++ });
      return reply.type === 'probeAck' ? reply.roomsLoaded : null;
    },
  };
};

function run(runner: RunnerName, params: unknown, ctx: WorkerContext): Promise<WorkerOutput> {
  // reason: params come from the bench's own scenario catalogue, built for exactly this runner.
  switch (runner) {
    case 'typing':
      return runTyping(params as TypingParams, ctx);
    case 'lateJoin':
      return runLateJoin(params as LateJoinParams, ctx);
    case 'abandon':
      return runAbandon(params as AbandonParams, ctx);
  }
}

process.on('message', (message: unknown) => {
  if (!isParentMessage(message)) return;
  if (message.type === 'run') {
    run(message.runner, message.params, context(message.collabBaseUrl)).then(
      (output) => sendAndExit({ type: 'result', output }, 0),
      (error: unknown) =>
        sendAndExit(
          { type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          1,
        ),
    );
    return;
  }
  const resolve = pending.get(message.id);
  pending.delete(message.id);
  resolve?.(message);
});
process.on('disconnect', () => process.exit(2));
