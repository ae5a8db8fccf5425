import fs from 'node:fs';
import path from 'node:path';
import { killChildrenOnExit } from './children.js';
import { currentLoad, describeMachine } from './machine.js';
import { buildServer } from '../scripts/buildServer.js';
import { USAGE, UsageError, parseOptions, type BenchOptions } from './options.js';
import { renderReport } from './report.js';
import { runOnce, type RunOutcome } from './runOnce.js';
import { buildScenarios } from './scenarios/catalog.js';
import { REPO_ROOT, SERVER_LABELS } from './servers.js';

// `npm run bench`: every scenario against our server and the reference (and the floor when asked for),
// alternating, then one table.
killChildrenOnExit();

let options: BenchOptions;
try {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    process.exit(0);
  }
  options = parsed;
} catch (error) {
  console.error(
    `${error instanceof UsageError || error instanceof TypeError ? error.message : String(error)}\n\n${USAGE}`,
  );
  process.exit(2);
}

const scenarios = buildScenarios(options);
if (scenarios.length === 0) {
  console.error(`--only ${options.only.join(',')} matches no scenario\n\n${USAGE}`);
  process.exit(2);
}
const machine = describeMachine();
// Ours runs as `npm start` runs it: the bundle of the current sources.
if (options.servers.includes('ours')) await buildServer();
const budgetMs = options.budgetMin * 60_000;
const started = performance.now();
const outcomes: RunOutcome[] = [];
const progress = (line: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

let roundsRun = 0;
for (let round = 1; round <= options.rounds; round++) {
  const elapsed = performance.now() - started;
  const perRound = roundsRun > 0 ? elapsed / roundsRun : 0;
  if (roundsRun > 0 && elapsed + perRound > budgetMs) {
    progress(`skipping round ${round}: it would end after the ${options.budgetMin} min budget`);
    break;
  }
  for (const scenario of scenarios) {
    for (const server of options.servers) {
      const skipped = scenario.skip?.[server];
      if (skipped !== undefined) {
        if (round === 1) progress(`${scenario.id} · ${SERVER_LABELS[server]}: not run (${skipped})`);
        continue;
      }
      progress(`round ${round}/${options.rounds} · ${scenario.id} · ${SERVER_LABELS[server]} …`);
      const outcome = await runOnce(scenario, server, round);
      outcomes.push(outcome);
      progress(
        `  ${outcome.status} in ${(outcome.wallMs / 1000).toFixed(1)} s${outcome.detail ? `: ${outcome.detail}` : ''}`,
      );
    }
  }
  roundsRun += 1;
}

const report = renderReport({
  scenarios,
  outcomes,
  servers: options.servers,
  machine,
  command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
  roundsRequested: options.rounds,
  roundsRun,
  totalS: (performance.now() - started) / 1000,
  loadAtEnd: currentLoad(),
  parameters: describeParameters(options),
});
console.log(report);
const out = path.resolve(REPO_ROOT, options.out);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${report}\n`);
fs.writeFileSync(out.replace(/\.md$/, '') + '.json', `${JSON.stringify({ machine, options, outcomes }, null, 2)}\n`);
progress(`wrote ${path.relative(REPO_ROOT, out)}`);
process.exit(outcomes.every((o) => o.status === 'ok') ? 0 : 1);

function describeParameters(o: BenchOptions): string[] {
  return [
    `typing ${o.rooms}×${o.clients} at ${o.rate}/s for ${o.duration} s`,
    `crowd ${o.crowdClients} at ${o.crowdRate}/s for ${o.crowdDuration} s`,
    `late join ${o.lateEdits.join(', ')} edits, ${o.editsPerUpdate} per update, sent at ${o.sendRate} msg/s, ${o.joins} joins`,
    `abandon ${o.abandonRooms} rooms × ${o.abandonEdits} edits, ${o.abandonWait} s wait`,
  ];
}
