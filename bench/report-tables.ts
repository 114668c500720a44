import type { FirstLoadJs } from './first-load-js';
import type { PageScores } from './lighthouse-pages';
import type { Measurement } from './measure';
import type { EngineRow } from './pglite-section';
import type { PlanShapes } from './plan-shapes';
import type { ResultRow } from './report';
import type { TargetCheck } from './targets';

const cell = (m: Measurement | undefined) => (m ? `${m.requestsPerSecond} · ${m.p50} · ${m.p99} · ${m.errors}` : 'n/a');
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${Math.round((a / b) * 100)} %` : 'n/a';
const table = (head: string[], align: string[], body: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${align.join('|')}|`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The load rows: req/s · p50 · p99 (ms) · errors per side, next÷apollo, next÷postgraphile, the DB's share. */
export function loadTable(rows: ResultRow[]): string {
  return table(
    [
      'scenario',
      'conc.',
      'next (req/s · p50 · p99 ms · errors)',
      'bare Apollo',
      'raw SQL (pg)',
      'PostGraphile',
      'next ÷ apollo (req/s)',
      'next ÷ PostGraphile (req/s)',
      'DB share (SQL p50 ÷ next p50)',
    ],
    ['---', '--:', '---', '---', '---', '---', '--:', '--:', '--:'],
    rows.map((row) => [
      row.scenario,
      `${row.concurrency}`,
      cell(row.next),
      cell(row.apollo),
      cell(row.sql),
      cell(row.postgraphile),
      ratio(row.next.requestsPerSecond, row.apollo.requestsPerSecond),
      ratio(row.next.requestsPerSecond, row.postgraphile?.requestsPerSecond),
      ratio(row.sql?.p50, row.next.p50),
    ]),
  );
}

/** PGlite and PostgreSQL on the demo data: ops/s · p50 · p99 · errors each, and their ratios. */
export function engineTable(rows: EngineRow[]): string {
  return table(
    [
      'scenario',
      'conc.',
      'PGlite (ops/s · p50 · p99 ms · errors)',
      'PostgreSQL',
      'PGlite ÷ PostgreSQL (ops/s)',
      'PGlite p50 ÷ PostgreSQL p50',
    ],
    ['---', '--:', '---', '---', '--:', '--:'],
    rows.map((row) => [
      row.scenario,
      `${row.concurrency}`,
      cell(row.pglite),
      cell(row.postgres),
      ratio(row.pglite.requestsPerSecond, row.postgres.requestsPerSecond),
      ratio(row.pglite.p50, row.postgres.p50),
    ]),
  );
}

/** Each report statement's time, its scans (the plan's leaves, where an index is used or not), and the verdict. */
export function planTable({ plans }: PlanShapes): string {
  return table(
    ['report', 'ms', 'scans', 'seq scan of cases'],
    ['---', '--:', '---', '---'],
    plans.map((plan) => {
      const scans = [...new Set(plan.shape.filter((line) => / Scan\b/.test(line)).map((line) => line.trim().replace(/ {2}rows.*$/, '')))];
      return [plan.report, `${plan.executionMs}`, scans.join('; '), plan.seqScansOfCases ? `⚠ ${plan.seqScansOfCases}` : 'none'];
    }),
  );
}

/** Lighthouse's medians per page. */
export function lighthouseTable(pages: PageScores[]): string {
  return table(
    ['page', 'path', 'runs', 'performance', 'accessibility', 'LCP ms', 'CLS', 'TBT ms'],
    ['---', '---', '--:', '--:', '--:', '--:', '--:', '--:'],
    pages.map((page) => [
      page.page,
      `\`${page.path.replace(/[0-9a-f-]{36}/, ':id')}\``,
      `${page.runs}`,
      `${page.performance}`,
      `${page.accessibility}`,
      `${page.lcpMs}`,
      `${page.cls}`,
      `${page.tbtMs}`,
    ]),
  );
}

/** The first-load JavaScript of each route. */
export function firstLoadTable(pages: FirstLoadJs[]): string {
  return table(
    ['page', 'scripts', 'raw kB', 'gzip kB'],
    ['---', '--:', '--:', '--:'],
    pages.map((page) => [page.page, `${page.scripts}`, `${page.rawKb}`, `${page.gzipKb}`]),
  );
}

/** Issue 8's targets, met, missed or not measured. */
export function targetList(checks: TargetCheck[]): string {
  const verdict = (met: boolean | null) => (met === null ? '– not measured' : met ? '✅ met' : '❌ missed');
  return table(
    ['target', 'measured', ''],
    ['---', '---', '---'],
    checks.map((check) => [check.target, check.measured, verdict(check.met)]),
  );
}
