import { startInstances } from '../tests/load/app-instances';
import { signIn } from '../tests/load/http-client';
import { startBareApollo, VIEWER_HEADER } from './bare-apollo';
import { captureSql } from './capture-sql';
import { loadRead, loadWriteMix, type Target } from './load-http';
import { loadSql } from './load-sql';
import type { BenchOptions } from './options';
import type { BenchIds } from './pick-ids';
import { postGraphileRequest, startPostGraphile } from './postgraphile-server';
import type { ResultRow } from './report';
import { readScenarios, WRITE_MIX, type BenchRole } from './scenarios';
import { BENCH_LOGINS } from './seed/load-people';

const PASSWORD = 'demo-pass-1234';
// A few requests per side before each measured load, so no side pays its first-call costs
// (JIT, pool connections, Next's route compilation) inside the numbers.
const WARM_UP = 20;

/**
 * The load scenarios named, on every side in one run: `next start` (signed-in sessions), the
 * bare Apollo server, the reads' captured SQL with `pg`, and PostGraphile where it has the
 * scenario's document. Same requests, same concurrency, one side after the other.
 */
export async function runLoadSection(options: BenchOptions, names: string[], ids: BenchIds): Promise<ResultRow[]> {
  const reads = readScenarios(ids).filter((scenario) => names.includes(scenario.name));
  const statements = await captureSql(options.databaseUrl, reads);
  const wantsPostGraphile = reads.some((scenario) => postGraphileRequest(scenario.name, ids));
  const next = await startInstances([options.port], options.databaseUrl);
  const stops: Array<() => unknown> = [next.stop];
  try {
    const apollo = await startBareApollo(options.databaseUrl, options.port + 1);
    stops.push(apollo.stop);
    const postgraphile = wantsPostGraphile ? await startPostGraphile(options.databaseUrl, options.port + 2) : undefined;
    if (postgraphile) stops.push(postgraphile.stop);
    const base = next.bases[0] as string;
    const sessions = {
      agent: await signIn(base, BENCH_LOGINS.agent, PASSWORD),
      operator: await signIn(base, BENCH_LOGINS.operator, PASSWORD),
      manager: await signIn(base, BENCH_LOGINS.manager, PASSWORD),
    };
    const nextTarget: Target = { url: `${base}/api/graphql`, headersFor: (role: BenchRole) => ({ cookie: sessions[role].cookie() }) };
    const apolloTarget: Target = { url: `${apollo.url}/`, headersFor: (role: BenchRole) => ({ [VIEWER_HEADER]: role }) };
    // PostGraphile has no sessions: it reads as the connection's role, with no policy at all.
    const postgraphileTarget: Target | undefined = postgraphile && { url: postgraphile.url, headersFor: () => ({}) };

    // Warmed up, then measured; autocannon refuses fewer requests than connections.
    const measure = async (target: Target, request: Parameters<typeof loadRead>[1], concurrency: number) => {
      await loadRead(target, request, Math.max(WARM_UP, concurrency), concurrency);
      return loadRead(target, request, Math.max(options.requests, concurrency), concurrency);
    };
    const rows: ResultRow[] = [];
    for (const scenario of reads) {
      const peer = postGraphileRequest(scenario.name, ids);
      for (const concurrency of options.concurrency) {
        const row: ResultRow = {
          scenario: scenario.name,
          concurrency,
          next: await measure(nextTarget, scenario.request, concurrency),
          apollo: await measure(apolloTarget, scenario.request, concurrency),
          sql: await loadSql(options.databaseUrl, statements.get(scenario.name) ?? [], options.requests, concurrency),
        };
        if (peer && postgraphileTarget)
          row.postgraphile = await measure(postgraphileTarget, { role: scenario.request.role, ...peer }, concurrency);
        rows.push(row);
        const also = row.postgraphile ? `, postgraphile ${row.postgraphile.p99} ms` : '';
        console.log(
          `[bench] ${scenario.name} ×${concurrency}: next ${row.next.p99} ms p99, apollo ${row.apollo.p99} ms, sql ${row.sql?.p99} ms${also}`,
        );
      }
    }
    if (names.includes(WRITE_MIX)) {
      for (const concurrency of options.concurrency) {
        // Chains of four requests: a quarter of `requests` keeps the request count like the
        // reads', and at least one chain per connection so every connection gets to the end.
        const chains = Math.max(concurrency, Math.round(options.requests / 4));
        const row: ResultRow = {
          scenario: WRITE_MIX,
          concurrency,
          next: await loadWriteMix(nextTarget, ids.writePassId, chains, concurrency),
          apollo: await loadWriteMix(apolloTarget, ids.writePassId, chains, concurrency),
        };
        rows.push(row);
        console.log(`[bench] ${WRITE_MIX} ×${concurrency}: next ${row.next.p99} ms p99, ${row.next.errors} errors`);
      }
    }
    return rows;
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
