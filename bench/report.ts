import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Measurement } from './measure';

/** One row of the results: a scenario at one concurrency on the three sides. */
export interface ResultRow {
  scenario: string;
  concurrency: number;
  next: Measurement;
  apollo: Measurement;
  /** The captured SQL replayed with `pg`; absent for the write mix. */
  sql?: Measurement;
}

/** What a run writes to bench/results/<date>.json. */
export interface BenchResults {
  date: string;
  command: string;
  database: string;
  cases: number;
  ids: Record<string, string>;
  rows: ResultRow[];
}

const cell = (m: Measurement) => `${m.requestsPerSecond} · ${m.p50} · ${m.p99} · ${m.errors}`;
const ratio = (a: number, b: number) => (b > 0 ? `${Math.round((a / b) * 100)} %` : '–');

/** The Markdown table: req/s · p50 · p99 (ms) · errors per side, next÷apollo, and the DB's share. */
export function markdownTable(results: BenchResults): string {
  const lines = [
    `${results.cases.toLocaleString('en-US')} cases · ${results.date} · \`${results.command}\``,
    '',
    '| scenario | conc. | next (req/s · p50 · p99 ms · errors) | bare Apollo | raw SQL (pg) | next ÷ apollo (req/s) | DB share (SQL p50 ÷ next p50) |',
    '|---|---:|---|---|---|---:|---:|',
  ];
  for (const row of results.rows) {
    lines.push(
      `| ${row.scenario} | ${row.concurrency} | ${cell(row.next)} | ${cell(row.apollo)} | ${row.sql ? cell(row.sql) : 'n/a'} | ` +
        `${ratio(row.next.requestsPerSecond, row.apollo.requestsPerSecond)} | ${row.sql ? ratio(row.sql.p50, row.next.p50) : 'n/a'} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Writes bench/results/<date>.json and .md; returns the two paths. */
export function writeResults(results: BenchResults, folder = path.join('bench', 'results')): string[] {
  mkdirSync(folder, { recursive: true });
  const json = path.join(folder, `${results.date}.json`);
  const md = path.join(folder, `${results.date}.md`);
  writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(md, `# Bench ${results.date}\n\n${markdownTable(results)}`);
  return [json, md];
}
