import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FirstLoadJs } from './first-load-js';
import type { PageScores } from './lighthouse-pages';
import type { Measurement } from './measure';
import type { EngineResults } from './pglite-section';
import type { PlanShapes } from './plan-shapes';
import { engineTable, firstLoadTable, lighthouseTable, loadTable, planTable, targetList } from './report-tables';
import type { TargetCheck } from './targets';

/** One row of the results: a scenario at one concurrency on every side it has. */
export interface ResultRow {
  scenario: string;
  concurrency: number;
  next: Measurement;
  apollo: Measurement;
  /** The captured SQL replayed with `pg`; absent for the write mix. */
  sql?: Measurement;
  /** PostGraphile on the same database; only the scenarios it has a document for. */
  postgraphile?: Measurement;
}

/** What a run writes to bench/results/<date>.json: every section that ran. */
export interface BenchResults {
  date: string;
  command: string;
  database: string;
  cases: number;
  ids: Record<string, string>;
  rows: ResultRow[];
  pglite?: EngineResults;
  plans?: PlanShapes;
  lighthouse?: PageScores[];
  firstLoad?: FirstLoadJs[];
  targets: TargetCheck[];
}

/** The Markdown of a run: one table per section that ran, then issue 8's targets. */
export function markdownReport(results: BenchResults): string {
  const size = results.cases ? `${results.cases.toLocaleString('en-US')} cases in ${results.database}` : 'bench database not read';
  const parts = [`${size} · ${results.date} · \`${results.command}\``];
  if (results.rows.length) parts.push(`## Load: next, bare Apollo, raw SQL, PostGraphile\n\n${loadTable(results.rows)}`);
  if (results.pglite)
    parts.push(
      `## PGlite against PostgreSQL, demo data (${results.pglite.cases} cases, in process)\n\n${engineTable(results.pglite.rows)}`,
    );
  if (results.plans) parts.push(`## Report plans, month ${results.plans.month}\n\n${planTable(results.plans)}`);
  if (results.lighthouse) parts.push(`## Lighthouse, demo data, desktop\n\n${lighthouseTable(results.lighthouse)}`);
  if (results.firstLoad) parts.push(`## First-load JS per route\n\n${firstLoadTable(results.firstLoad)}`);
  parts.push(`## Targets of issue 8\n\n${targetList(results.targets)}`);
  return parts.join('\n\n') + '\n';
}

/**
 * Writes bench/results/<name>.json and .md; returns the two paths. The name is the date, and
 * the sections of an `--only` run after it, so a partial run never overwrites the day's full one.
 */
export function writeResults(results: BenchResults, only: string[], folder = path.join('bench', 'results')): string[] {
  mkdirSync(folder, { recursive: true });
  const name = [results.date, ...only].join('-');
  const json = path.join(folder, `${name}.json`);
  const md = path.join(folder, `${name}.md`);
  writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(md, `# Bench ${results.date}\n\n${markdownReport(results)}`);
  return [json, md];
}
