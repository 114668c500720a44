/**
 * `tsx bench/explain-reports.ts [--database URL] [--month YYYY-MM]`: runs every report of
 * lib/services/reports once against the bench database (default cs_bench, month: the last full
 * month of the data), captures the SQL each sends through a drizzle logger, and prints the
 * shape of each plan (EXPLAIN ANALYZE, FORMAT JSON): node types, tables, indexes, time. Any
 * sequential scan of `cases` is flagged, and the exit code is 1 if there is one.
 */
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from '../db/client';
import * as schema from '../db/schema';
import { previousMonth } from '../lib/domain/kst-month';
import { monthlyTrend } from '../lib/services/reports/monthly-trend';
import { omissionHeatmap } from '../lib/services/reports/omission-heatmap';
import { operatorOmissionReport } from '../lib/services/reports/operator-omission-report';
import { repeatCustomers } from '../lib/services/reports/repeat-customers';
import { repeatOmissionReport } from '../lib/services/reports/repeat-omission-report';
import { responseTimes } from '../lib/services/reports/response-times';
import { worseningLots } from '../lib/services/reports/worsening-lots';
import { BENCH_LOGINS } from './seed/load-people';

interface Captured {
  sql: string;
  params: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { database: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/cs_bench' }, month: { type: 'string' } },
  });
  const pool = new pg.Pool({ connectionString: values.database, max: 2 });
  const captured: Captured[] = [];
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => void captured.push({ sql, params }) } }) as unknown as Database;
  try {
    const month = values.month ?? (await lastFullMonth(pool));
    const [manager] = (await pool.query<{ id: string; role: 'MANAGER'; operator_id: null }>('SELECT id, role, operator_id FROM users WHERE email = $1', [BENCH_LOGINS.manager])).rows;
    if (!manager) throw new Error(`no ${BENCH_LOGINS.manager}: run npm run bench:seed first`);
    const actor = { id: manager.id, role: manager.role, operatorId: null };
    // As the manager's dashboard asks for them (app/_components/manager/manager-report-query.ts).
    const reports: Array<[string, () => Promise<unknown>]> = [
      ['repeatOmissionReport', () => repeatOmissionReport(db, month)],
      ['operatorOmissionReport', () => operatorOmissionReport(db, month)],
      ['repeatCustomers', () => repeatCustomers(db, actor, { clientAddress: null }, month)],
      ['monthlyTrend (12 months)', () => monthlyTrend(db, month, 12)],
      ['responseTimes', () => responseTimes(db, month)],
      ['worseningLots', () => worseningLots(db, month)],
      ['omissionHeatmap (6 months, 15 lots)', () => omissionHeatmap(db, month, 6, 15)],
    ];
    console.log(`[explain] month ${month}`);
    let seqScans = 0;
    for (const [name, run] of reports) {
      captured.splice(0);
      await run();
      // The report's own statements; the access-log INSERT of repeatCustomers is not a report.
      for (const statement of captured.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql))) {
        const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.params);
        const [explained] = rows[0]['QUERY PLAN'] as Array<{ Plan: PlanNode; 'Execution Time': number }>;
        if (!explained) continue;
        const nodes = flatten(explained.Plan);
        const scansOfCases = nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'cases');
        seqScans += scansOfCases.length;
        console.log(`\n${name}: ${explained['Execution Time'].toFixed(1)} ms${scansOfCases.length ? '  ⚠ SEQ SCAN ON cases' : ''}`);
        printTree(explained.Plan, 1);
      }
    }
    console.log(`\n[explain] ${seqScans ? `${seqScans} sequential scan(s) of cases` : 'no sequential scan of cases'}`);
    process.exitCode = seqScans ? 1 : 0;
  } finally {
    await pool.end();
  }
}

/** The month before the last one of the data (the last one is still under way at `until`). */
async function lastFullMonth(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ month: string | null }>('SELECT max(incident_month) AS month FROM cases');
  const last = rows[0]?.month;
  if (!last) throw new Error('no cases: run npm run bench:seed first');
  return previousMonth(last);
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

function printTree(node: PlanNode, depth: number): void {
  const on = [node['Relation Name'], node['Index Name'] && `using ${node['Index Name']}`].filter(Boolean).join(' ');
  const actual = node['Actual Rows'] === undefined ? '' : `  rows ${node['Actual Rows']}, ${node['Actual Total Time']?.toFixed(1)} ms`;
  console.log(`${'  '.repeat(depth)}${node['Node Type']}${on ? ` on ${on}` : ''}${actual}`);
  for (const child of node.Plans ?? []) printTree(child, depth + 1);
}

main().catch((error: unknown) => {
  console.error(`[explain] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
