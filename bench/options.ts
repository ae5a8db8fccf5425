import { parseArgs } from 'node:util';
import { SERVER_KINDS, type ServerKind } from './servers.js';

/** Everything the bench can be told on the command line. */
export interface BenchOptions {
  rounds: number;
  /** Rounds after the first are skipped when they would end after this many minutes. */
  budgetMin: number;
  /** Scenario ids (or prefixes) to run; empty runs all. */
  only: string[];
  servers: ServerKind[];
  rooms: number;
  clients: number;
  rate: number;
  duration: number;
  crowdClients: number;
  crowdRate: number;
  crowdDuration: number;
  lateEdits: number[];
  editsPerUpdate: number;
  joins: number;
  sendRate: number;
  abandonRooms: number;
  abandonEdits: number;
  abandonWait: number;
  out: string;
  quick: boolean;
}

const DEFAULTS: BenchOptions = {
  rounds: 2,
  budgetMin: 7.5,
  only: [],
  servers: ['ours', 'ref'],
  rooms: 20,
  clients: 10,
  rate: 3,
  duration: 10,
  crowdClients: 100,
  crowdRate: 0.5,
  crowdDuration: 10,
  lateEdits: [10_000, 100_000],
  editsPerUpdate: 20,
  joins: 3,
  sendRate: 800,
  abandonRooms: 500,
  abandonEdits: 3,
  abandonWait: 5,
  out: 'bench/results/latest.md',
  quick: false,
};

/** Small sizes for trying the bench out while the machine does other work (about a minute). */
const QUICK: Partial<BenchOptions> = {
  rounds: 1,
  rooms: 3,
  clients: 3,
  rate: 2,
  duration: 3,
  crowdClients: 10,
  crowdRate: 1,
  crowdDuration: 3,
  lateEdits: [1_000, 5_000],
  joins: 2,
  abandonRooms: 30,
  abandonWait: 2,
};

export const USAGE = `Usage: npm run bench -- [options]

Runs each scenario against our server and the reference (@y/websocket-server), alternating, and prints a
markdown table (also written to --out).

  --quick                 small sizes for a quick try (1 round)
  --rounds N              rounds of every scenario per server            (default ${DEFAULTS.rounds})
  --budget-min M          skip further rounds that would end after M min (default ${DEFAULTS.budgetMin})
  --only LIST             scenarios: typing,crowd,late-join,abandon (prefixes of ids)
  --servers LIST          ours,ref,floor; floor is a relay that does     (default ours,ref)
                          nothing else (typing and crowd only)
  --rooms R --clients C   scenario 1: R rooms of C clients               (default ${DEFAULTS.rooms} × ${DEFAULTS.clients})
  --rate E --duration S   scenario 1: edits/s per client, seconds        (default ${DEFAULTS.rate}, ${DEFAULTS.duration})
  --crowd-clients N       scenario 2: clients in the one room            (default ${DEFAULTS.crowdClients})
  --crowd-rate E          scenario 2: edits/s per client                 (default ${DEFAULTS.crowdRate})
  --crowd-duration S      scenario 2: seconds of typing                  (default ${DEFAULTS.crowdDuration})
  --late-edits LIST       scenario 3: history sizes                      (default ${DEFAULTS.lateEdits.join(',')})
  --edits-per-update N    scenario 3: edits per update message           (default ${DEFAULTS.editsPerUpdate})
  --joins N               scenario 3: late joins per run (median)        (default ${DEFAULTS.joins})
  --send-rate N           scenario 3: update messages/s while building   (default ${DEFAULTS.sendRate})
  --abandon-rooms N       scenario 4: rooms opened and abandoned         (default ${DEFAULTS.abandonRooms})
  --abandon-edits N       scenario 4: edits per room                     (default ${DEFAULTS.abandonEdits})
  --abandon-wait S        scenario 4: seconds after everyone left        (default ${DEFAULTS.abandonWait})
  --out FILE              where the markdown goes                        (default ${DEFAULTS.out})
  --help
`;

export class UsageError extends Error {}

/** Parses argv (without node and script); throws `UsageError` on anything unknown or out of range. */
export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const string = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      help: { type: 'boolean' },
      quick: { type: 'boolean' },
      rounds: string,
      'budget-min': string,
      only: string,
      servers: string,
      rooms: string,
      clients: string,
      rate: string,
      duration: string,
      'crowd-clients': string,
      'crowd-rate': string,
      'crowd-duration': string,
      'late-edits': string,
      'edits-per-update': string,
      joins: string,
      'send-rate': string,
      'abandon-rooms': string,
      'abandon-edits': string,
      'abandon-wait': string,
      out: string,
    },
  });
  if (values.help) return 'help';
  const base: BenchOptions = { ...DEFAULTS, ...(values.quick ? QUICK : {}), quick: values.quick ?? false };
  const int = (name: string, raw: string | undefined, fallback: number, min = 1, max = 1_000_000) =>
    raw === undefined ? fallback : checked(name, Number(raw), min, max, true);
  const num = (name: string, raw: string | undefined, fallback: number, min: number, max: number) =>
    raw === undefined ? fallback : checked(name, Number(raw), min, max, false);
  const servers = values.servers === undefined ? base.servers : list(values.servers);
  for (const server of servers) {
    if (!(SERVER_KINDS as readonly string[]).includes(server)) {
      throw new UsageError(`--servers: unknown server "${server}"`);
    }
  }
  return {
    ...base,
    rounds: int('--rounds', values.rounds, base.rounds, 1, 20),
    budgetMin: num('--budget-min', values['budget-min'], base.budgetMin, 0.5, 600),
    only: values.only === undefined ? [] : list(values.only),
    servers: servers as ServerKind[],
    rooms: int('--rooms', values.rooms, base.rooms, 1, 1000),
    clients: int('--clients', values.clients, base.clients, 2, 1000),
    rate: num('--rate', values.rate, base.rate, 0.05, 50),
    duration: num('--duration', values.duration, base.duration, 1, 600),
    crowdClients: int('--crowd-clients', values['crowd-clients'], base.crowdClients, 2, 2000),
    crowdRate: num('--crowd-rate', values['crowd-rate'], base.crowdRate, 0.05, 50),
    crowdDuration: num('--crowd-duration', values['crowd-duration'], base.crowdDuration, 1, 600),
    lateEdits:
      values['late-edits'] === undefined
        ? base.lateEdits
        : list(values['late-edits']).map((raw) => checked('--late-edits', Number(raw), 1, 10_000_000, true)),
    editsPerUpdate: int('--edits-per-update', values['edits-per-update'], base.editsPerUpdate, 1, 10_000),
    joins: int('--joins', values.joins, base.joins, 1, 50),
    sendRate: num('--send-rate', values['send-rate'], base.sendRate, 1, 100_000),
    abandonRooms: int('--abandon-rooms', values['abandon-rooms'], base.abandonRooms, 1, 20_000),
    abandonEdits: int('--abandon-edits', values['abandon-edits'], base.abandonEdits, 0, 1000),
    abandonWait: num('--abandon-wait', values['abandon-wait'], base.abandonWait, 0, 600),
    out: values.out ?? base.out,
  };
}

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function checked(name: string, value: number, min: number, max: number, integer: boolean): number {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${name}: expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
  }
  return value;
}
