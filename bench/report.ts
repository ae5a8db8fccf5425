import type { MachineInfo } from './machine.js';
import type { RunOutcome } from './runOnce.js';
import type { ScenarioDef } from './scenarios/Scenario.js';
import { SERVER_LABELS, type ServerKind } from './servers.js';
import { median, ratio } from './stats.js';

export interface ReportInput {
  scenarios: ScenarioDef[];
  outcomes: RunOutcome[];
  servers: ServerKind[];
  machine: MachineInfo;
  command: string;
  roundsRequested: number;
  roundsRun: number;
  totalS: number;
  loadAtEnd: string;
  parameters: string[];
}

interface Cell {
  value: number | null;
  text: string;
}

/** The whole markdown report: the side-by-side table, then how and where it was measured. */
export function renderReport(input: ReportInput): string {
  const { scenarios, outcomes, servers, machine } = input;
  const lines: string[] = [];
  const withFloor = servers.includes('floor');
  lines.push(
    `## Collaboration server benchmark: ours vs @y/websocket-server${withFloor ? ', and a relay-only floor' : ''}`,
  );
  lines.push('');
  const head = servers.map((s) => SERVER_LABELS[s]);
  // One ratio column per other server against the reference (ours / ref, then floor / ref), then "Better";
  // none of these without the reference.
  const ratioOf = servers.includes('ref') ? (['ours', 'floor'] as const).filter((s) => servers.includes(s)) : [];
  const ratioLabels = ratioOf.map((s) => `${s === 'ours' ? 'Ours' : 'Floor'} / ref`);
  const tail = (better: string, each: (label: string) => string) =>
    ratioOf.length > 0 ? [...ratioLabels.map(each), better].map((c) => (c ? ` ${c} |` : ' |')).join('') : '';
  const headTail = tail('Better', (label) => label);
  const ruleTail = tail(':---:', () => '---:');
  const blankTail = tail('', () => '');
  lines.push(`| Scenario / metric | Unit | ${head.join(' | ')} |${headTail}`);
  lines.push(`| --- | --- | ${head.map(() => '---:').join(' | ')} |${ruleTail}`);
  for (const scenario of scenarios) {
    lines.push(`| **${scenario.title}** | | ${head.map(() => '').join(' | ')} |${blankTail}`);
    const cellsBy = new Map(servers.map((s) => [s, (key: string) => cell(outcomes, scenario.id, s, key)] as const));
    for (const metric of scenario.metrics) {
      const cells = servers.map((s) => cellsBy.get(s)!(metric.key));
      const row = [metric.label, metric.unit, ...cells.map((c) => c.text)];
      if (ratioOf.length > 0) {
        const ref = cellsBy.get('ref')!(metric.key).value;
        for (const s of ratioOf) {
          const r = ratio(cellsBy.get(s)!(metric.key).value, ref);
          row.push(r === null ? '–' : r.toFixed(2));
        }
        row.push(metric.better === 'lower' ? '↓' : metric.better === 'higher' ? '↑' : '');
      }
      lines.push(`| ${row.join(' | ')} |`);
    }
  }
  lines.push('');
  lines.push(
    `Values are medians over the rounds that completed; a range (min–max) follows when there were several. ` +
      `↓ / ↑: lower / higher is better. "–" means not measured or not applicable.`,
  );
  lines.push('');
  lines.push(...runsSection(outcomes));
  lines.push('**Machine**');
  lines.push('');
  lines.push(
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB RAM; ${machine.os}`,
  );
  lines.push(`- Node ${machine.node}; commit ${machine.commit}`);
  lines.push(`- Load average (1/5/15 min) at start: ${machine.loadAverage}; at end: ${input.loadAtEnd}`);
  lines.push('');
  lines.push('**Command**');
  lines.push('');
  lines.push('```');
  lines.push(input.command);
  lines.push('```');
  lines.push('');
  lines.push(
    `Rounds: ${input.roundsRun} of ${input.roundsRequested} requested; total ${(input.totalS / 60).toFixed(1)} min. ` +
      `Parameters: ${input.parameters.join('; ')}.`,
  );
  lines.push('');
  lines.push(...methodNotes(withFloor));
  return lines.join('\n');
}

function cell(outcomes: RunOutcome[], scenarioId: string, server: ServerKind, key: string): Cell {
  const runs = outcomes.filter((o) => o.scenarioId === scenarioId && o.server === server);
  if (runs.length === 0) return { value: null, text: '–' };
  const ok = runs.filter((o) => o.status === 'ok');
  const failed = runs.filter((o) => o.status !== 'ok');
  const failure =
    failed.length > 0 ? `${[...new Set(failed.map((o) => o.status))].join('/')} ${failed.length}/${runs.length}` : '';
  const values = ok.map((o) => o.values[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return { value: null, text: failure ? `**${failure}**` : '–' };
  const mid = median(values)!;
  let text = formatNumber(mid);
  if (values.length > 1) text += ` (${formatNumber(Math.min(...values))}–${formatNumber(Math.max(...values))})`;
  if (failure) text += ` **${failure}**`;
  return { value: mid, text };
}

export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e6) return String(n);
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 0.1) return n.toFixed(2);
  return n.toPrecision(2);
}

function runsSection(outcomes: RunOutcome[]): string[] {
  const lines = ['**Runs** (in the order they ran)', '', '| Scenario | Round | Server | Status | Wall time | Notes |'];
  lines.push('| --- | ---: | --- | --- | ---: | --- |');
  for (const o of outcomes) {
    const notes = [...o.notes, ...(o.detail ? [o.detail] : [])].join('; ').replaceAll('|', '\\|');
    lines.push(
      `| ${o.scenarioId} | ${o.round} | ${SERVER_LABELS[o.server]} | ${o.status} | ${(o.wallMs / 1000).toFixed(1)} s | ${notes} |`,
    );
  }
  lines.push('');
  return lines;
}

function methodNotes(withFloor: boolean): string[] {
  const floor = [
    '- The floor (`bench/floorServer.js`, plain `node`, the same preloaded probe) is a relay that does nothing',
    '  else: no Y.Doc (raw updates appended to an array, merged only when a client joins), no persistence, no',
    '  checks; every update and awareness change is framed once and written to every other socket of the room',
    '  (corked per event-loop turn), awareness echoes dropped after reading their varints. It bounds what the',
    '  socket work alone costs; it is not run for late join and abandon ("–").',
  ];
  return [
    '**How it is measured**',
    '',
    '- Each run starts a fresh server process (fresh temporary data folder) on 127.0.0.1 and an ephemeral port;',
    '  the clients run in a separate Node process, so the server CPU time (user + system, from /proc) is the',
    "  server's alone. Peak RSS is the kernel's high-water mark (VmHWM), reset just after start-up.",
    '- Ours runs as `npm start` runs it, the bundle `dist/server/main.mjs` (built by the bench first) under plain',
    '  `node`, and commits every update to SQLite (WAL, synchronous=NORMAL) before relaying it; the reference',
    '  (`@y/websocket-server` 0.1.1, `src/server.js`) keeps everything in memory. Ours also loads express, pino,',
    '  prom-client, zod, better-sqlite3, the playbook library and the editor schema, which explains most of its',
    '  higher idle RSS. The reference echoes each update back to its sender; ours does not.',
    '- Clients are stock `WebsocketProvider`s (y-websocket 3.1.0, `ws`, `disableBc: true`). An edit is one',
    "  transaction inserting a character and bumping the writer's entry in a side Y.Map; the arrival time at each",
    '  other client is taken when that entry changes there (one process, one clock). Every edit is followed by',
    "  `awareness.setLocalStateField('cursor', …)`, and stock clients re-send every awareness update they receive.",
    '- Late join: one writer sends the history (paced below our default rate limit), everyone leaves (ours then',
    '  compacts and unloads the room), then a new client connects; the baseline is `Y.applyUpdate` of',
    '  `Y.encodeStateAsUpdate` of the same document in a fresh Y.Doc, in the client process.',
    "- The client process shares the machine's cores with the server: its CPU row shows how busy it was. Latency",
    '  includes client-side queueing, equally for both servers.',
    ...(withFloor ? floor : []),
    '',
  ];
}
