import { parseArgs } from 'node:util';

/** What `npm run bench` was asked for. */
export interface BenchOptions {
  databaseUrl: string;
  /** Requests per scenario, per server, per concurrency (write mix: chains of three). */
  requests: number;
  concurrency: number[];
  /** `next start` listens here; bare Apollo on port + 1, PostGraphile on + 2, the demo app on + 3. */
  port: number;
  /** Run `next build` first even if a build is there. */
  build: boolean;
  /** Only the scenarios and sections named (comma list; bench/sections.ts), all when empty. */
  only: string[];
  /** Lighthouse runs per page; the median is reported. */
  lighthouseRuns: number;
}

/**
 * `--database URL` (default cs_bench on the local server), `--requests N` (default 500),
 * `--concurrency 1,10,50`, `--port P` (default 3400), `--build`, `--only case-detail,lighthouse`,
 * `--lighthouse-runs N` (default 3).
 */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      database: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/cs_bench' },
      requests: { type: 'string', default: '500' },
      concurrency: { type: 'string', default: '1,10,50' },
      port: { type: 'string', default: '3400' },
      build: { type: 'boolean', default: false },
      only: { type: 'string', default: '' },
      'lighthouse-runs': { type: 'string', default: '3' },
    },
    strict: true,
  });
  const concurrency = values.concurrency.split(',').map((part) => positive('--concurrency', part));
  return {
    databaseUrl: values.database,
    requests: positive('--requests', values.requests),
    concurrency,
    port: positive('--port', values.port),
    build: values.build,
    only: values.only ? values.only.split(',').map((name) => name.trim()) : [],
    lighthouseRuns: positive('--lighthouse-runs', values['lighthouse-runs']),
  };
}

function positive(flag: string, raw: string): number {
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag}: expected a positive integer, got ${raw}`);
  return value;
}
