/**
 * `tsx bench/explain-reports.ts [--database URL] [--month YYYY-MM]`: the plan shape of every
 * report query against the bench database (default cs_bench; bench/plan-shapes.ts), printed.
 * Any sequential scan of `cases` is flagged, and the exit code is 1 if there is one.
 */
import { parseArgs } from 'node:util';
import { explainReports, printPlans } from './plan-shapes';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { database: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/cs_bench' }, month: { type: 'string' } },
  });
  const shapes = await explainReports(values.database, values.month);
  printPlans(shapes);
  process.exitCode = shapes.plans.some((plan) => plan.seqScansOfCases > 0) ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`[explain] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
