import fs from 'node:fs';

/**
 * Summarises V8 CPU profiles (`.cpuprofile`, see BENCH_CPU_PROF_DIR in servers.ts): self time by area and the
 * functions with the most self time, so where a server spends its time can be compared between two runs.
 *
 *   node --import tsx bench/profileSummary.ts /tmp/prof/CPU.*.cpuprofile [--top 40] [--window 12-22]
 *
 * It prints the busy milliseconds of every second first; `--window a-b` (seconds from the profile's start)
 * then limits the summary to that span, e.g. the typing phase without start-up and shutdown.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const AREAS: Array<[string, RegExp]> = [
  ['ws', /node_modules\/ws\//],
  ['yjs', /node_modules\/yjs\//],
  ['lib0', /node_modules\/lib0\//],
  ['y-protocols', /node_modules\/y-protocols\//],
  ['better-sqlite3', /node_modules\/better-sqlite3\//],
  ['prom-client', /node_modules\/prom-client\//],
  ['pino', /node_modules\/pino/],
  ['other packages', /node_modules\//],
  ['our server', /\/server\//],
  ['our shared', /\/shared\//],
  ['reference server', /websocket-server/],
  ['node internals', /^node:/],
];

function areaOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (url === '') {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'program (native, outside JS)';
    return `native: ${functionName}`;
  }
  for (const [area, pattern] of AREAS) if (pattern.test(url)) return area;
  return 'other';
}

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 30;
const windowIndex = args.indexOf('--window');
const [fromS, toS] = windowIndex >= 0 ? args.splice(windowIndex, 2)[1]!.split('-').map(Number) : [0, Infinity];
for (const file of args) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  const busyBySecond: number[] = [];
  let atUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    atUs += us;
    const second = Math.floor(atUs / 1e6);
    if (byId.get(id)!.callFrame.functionName !== '(idle)') busyBySecond[second] = (busyBySecond[second] ?? 0) + us;
    if (atUs < fromS! * 1e6 || atUs >= toS! * 1e6) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
  });
  console.log(
    `\nbusy ms per second: ${Array.from(busyBySecond, (us, s) => `${s}:${Math.round((us ?? 0) / 1000)}`).join(' ')}`,
  );
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const area = areaOf(node);
    areas.set(area, (areas.get(area) ?? 0) + us);
    if (area === 'idle') continue;
    busy += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|shared)\//, '$1/')}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const pct = (us: number) => ((100 * us) / busy).toFixed(1).padStart(5);
  console.log(`\n${file}: ${(busy / 1000).toFixed(0)} ms busy (idle excluded)\n`);
  for (const [area, us] of [...areas].sort((a, b) => b[1] - a[1])) {
    if (area !== 'idle') console.log(`${pct(us)} %  ${area}`);
  }
  console.log('');
  for (const [key, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)} %  ${key}`);
}
