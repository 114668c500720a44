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
import { TOP_LOTS } from '../app/_components/manager/manager-report-query';
import { responseTimes } from '../lib/services/reports/response-times';
import { worseningLots } from '../lib/services/reports/worsening-lots';
import type { CapturedStatement } from './capture-sql';
import { BENCH_LOGINS } from './seed/load-people';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

/** The plan of one statement a report sends: its shape as indented lines, and its verdict. */
export interface PlanShape {
  report: string;
  executionMs: number;
  /** Sequential scans of `cases` in the plan (issue 8 wants none at 1M cases). */
  seqScansOfCases: number;
  /** One line per plan node: type, table, index, actual rows and time. */
  shape: string[];
}

/** The plans of every report of one month. */
export interface PlanShapes {
  month: string;
  plans: PlanShape[];
}

/**
 * Runs every report of lib/services/reports once as the manager's dashboard asks for them
 * (month: the last full month of the data unless given), captures the SQL each sends through a
 * drizzle logger, and EXPLAIN ANALYZEs each statement: the plan's shape, not the report's rows.
 */
export async function explainReports(databaseUrl: string, month?: string): Promise<PlanShapes> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const captured: CapturedStatement[] = [];
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => void captured.push({ sql, params }) } }) as unknown as Database;
  try {
    const shown = month ?? (await lastFullMonth(pool));
    const [manager] = (await pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [BENCH_LOGINS.manager])).rows;
    if (!manager) throw new Error(`no ${BENCH_LOGINS.manager}: run npm run bench:seed first`);
    const actor = { id: manager.id, role: 'MANAGER' as const, operatorId: null };
    // As app/_components/manager/manager-report-query.ts asks for them.
    const reports: Array<[string, () => Promise<unknown>]> = [
      ['repeatOmissionReport (top lots)', () => repeatOmissionReport(db, shown, { first: TOP_LOTS })],
      ['operatorOmissionReport', () => operatorOmissionReport(db, shown)],
      ['repeatCustomers', () => repeatCustomers(db, actor, { clientAddress: null }, shown)],
      ['monthlyTrend (12 months)', () => monthlyTrend(db, shown, 12)],
      ['responseTimes', () => responseTimes(db, shown)],
      ['worseningLots', () => worseningLots(db, shown)],
      ['omissionHeatmap (6 months, 15 lots)', () => omissionHeatmap(db, shown, 6, 15)],
    ];
    const plans: PlanShape[] = [];
    for (const [report, run] of reports) {
      captured.splice(0);
      await run();
      // The report's own statements; the access-log INSERT of repeatCustomers is not a report.
      for (const statement of captured.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql))) {
        const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.params);
        const [explained] = rows[0]['QUERY PLAN'] as Array<{ Plan: PlanNode; 'Execution Time': number }>;
        if (!explained) continue;
        const seqScansOfCases = flatten(explained.Plan).filter(
          (node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'cases',
        ).length;
        plans.push({
          report,
          executionMs: Math.round(explained['Execution Time'] * 10) / 10,
          seqScansOfCases,
          shape: shapeOf(explained.Plan, 1),
        });
      }
    }
    return { month: shown, plans };
  } finally {
    await pool.end();
  }
}

/** The plans as the console shows them, each sequential scan of cases flagged. */
export function printPlans({ month, plans }: PlanShapes): void {
  console.log(`[explain] month ${month}`);
  for (const plan of plans) {
    console.log(`\n${plan.report}: ${plan.executionMs.toFixed(1)} ms${plan.seqScansOfCases ? '  ⚠ SEQ SCAN ON cases' : ''}`);
    console.log(plan.shape.join('\n'));
  }
  const seqScans = plans.reduce((sum, plan) => sum + plan.seqScansOfCases, 0);
  console.log(`\n[explain] ${seqScans ? `${seqScans} sequential scan(s) of cases` : 'no sequential scan of cases'}`);
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

function shapeOf(node: PlanNode, depth: number): string[] {
  const on = [node['Relation Name'] && `on ${node['Relation Name']}`, node['Index Name'] && `using ${node['Index Name']}`]
    .filter(Boolean)
    .join(' ');
  const actual = node['Actual Rows'] === undefined ? '' : `  rows ${node['Actual Rows']}, ${node['Actual Total Time']?.toFixed(1)} ms`;
  return [
    `${'  '.repeat(depth)}${node['Node Type']}${on ? ` ${on}` : ''}${actual}`,
    ...(node.Plans ?? []).flatMap((child) => shapeOf(child, depth + 1)),
  ];
}
