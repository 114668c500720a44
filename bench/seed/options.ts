import { parseArgs } from 'node:util';
import { KST_OFFSET_MS } from '../../lib/domain/kst-month';

/** What the bench seeder was asked for. */
export interface SeedOptions {
  cases: number;
  seed: number;
  /** The database to (re)create; its name must say "bench", as it is dropped first. */
  databaseUrl: string;
  /** The data ends here: nothing happens after it, the flows of the last day are under way. */
  until: Date;
}

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/';
const DEFAULT_DATABASE = 'cs_bench';
const DAY_MS = 86_400_000;

/**
 * `--cases N` (default 1,000,000), `--seed S` (default 1), `--database URL` (default cs_bench
 * on the local server) and `--until ISO` (default: today 00:00 KST). The same seed, size and
 * `until` give the same rows, ids included; the default `until` keeps "this month" of the
 * dashboards filled whenever the bench runs, so the run prints it for an exact repeat.
 */
export function parseSeedOptions(argv: string[], now = new Date()): SeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      database: { type: 'string', default: `${DEFAULT_SERVER}${DEFAULT_DATABASE}` },
      until: { type: 'string' },
    },
    strict: true,
  });
  const cases = integerOption('--cases', values.cases, 1_000);
  const seed = integerOption('--seed', values.seed, 0);
  const until = values.until ? new Date(values.until) : kstMidnight(now);
  if (Number.isNaN(until.getTime())) throw new Error(`--until: not a date: ${values.until}`);
  const name = new URL(values.database).pathname.slice(1);
  // The seeder drops the database it is pointed at: refuse anything not named as a bench.
  if (!/bench/i.test(name)) throw new Error(`--database: refusing to drop "${name}"; the name must contain "bench"`);
  return { cases, seed, databaseUrl: values.database, until };
}

function integerOption(flag: string, raw: string, min: number): number {
  const value = Number(raw.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${flag}: expected an integer ≥ ${min}, got ${raw}`);
  return value;
}

/** 00:00 in Seoul of the KST day an instant falls in. */
function kstMidnight(instant: Date): Date {
  const local = instant.getTime() + KST_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - KST_OFFSET_MS);
}
