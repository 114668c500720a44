import type { FirstLoadJs } from './first-load-js';
import type { PageScores } from './lighthouse-pages';
import type { PlanShapes } from './plan-shapes';
import type { ResultRow } from './report';

/** One target of issue 8 against what the run measured; `met` is null when it was not measured. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

/** What the targets are checked against: whichever sections ran. */
export interface Measured {
  rows: ResultRow[];
  plans?: PlanShapes;
  lighthouse?: PageScores[];
  firstLoad?: FirstLoadJs[];
}

// The latency targets hold at concurrency 10 (issue 8, "Targets").
const AT = 10;
const REPORTS = ['repeat-omission-report', 'trend-12-months'];

/** Issue 8's targets, each met, missed or not measured in this run. */
export function checkTargets({ rows, plans, lighthouse, firstLoad }: Measured): TargetCheck[] {
  const atTen = rows.filter((row) => row.concurrency === AT);
  const p99Of = (names: string[]) => atTen.filter((row) => names.includes(row.scenario)).map((row) => row.next.p99);
  const latency = (target: string, names: string[], limitMs: number): TargetCheck => {
    const p99s = p99Of(names);
    const worst = Math.max(...p99s);
    return p99s.length
      ? { target, measured: `${worst} ms`, met: worst <= limitMs }
      : { target, measured: `not run at concurrency ${AT}`, met: null };
  };
  const checks: TargetCheck[] = [];
  if (rows.length) {
    checks.push(
      latency('case detail p99 ≤ 50 ms (next, concurrency 10)', ['case-detail'], 50),
      latency('case list p99 ≤ 100 ms (next, concurrency 10)', ['case-list'], 100),
      latency('report p99 ≤ 500 ms (next, concurrency 10)', REPORTS, 500),
    );
    const errors = rows.reduce((sum, row) => sum + row.next.errors + row.apollo.errors, 0);
    checks.push({ target: 'zero errors (next and bare Apollo, every row)', measured: `${errors}`, met: errors === 0 });
    const ratios = rows.map((row) => row.next.requestsPerSecond / Math.max(row.apollo.requestsPerSecond, 0.1));
    const lowest = rows[ratios.indexOf(Math.min(...ratios))];
    checks.push({
      target: 'next ≥ 50 % of bare Apollo req/s (every row)',
      measured: `lowest ${Math.round(Math.min(...ratios) * 100)} % (${lowest?.scenario} ×${lowest?.concurrency})`,
      met: Math.min(...ratios) >= 0.5,
    });
  }
  if (plans) {
    const scans = plans.plans.filter((plan) => plan.seqScansOfCases > 0);
    checks.push({
      target: 'report plans: no sequential scan of cases',
      measured: scans.length ? scans.map((plan) => plan.report).join(', ') : 'none',
      met: scans.length === 0,
    });
  }
  if (lighthouse) {
    const every = (target: string, value: (page: PageScores) => number, ok: (value: number) => boolean, unit = '') => {
      const misses = lighthouse.filter((page) => !ok(value(page)));
      const shown = lighthouse.map((page) => `${page.page} ${value(page)}${unit}`).join(', ');
      checks.push({ target, measured: shown, met: misses.length === 0 });
    };
    every(
      'Lighthouse performance ≥ 90 on every page',
      (page) => page.performance,
      (v) => v >= 90,
    );
    every(
      'Lighthouse accessibility ≥ 95 on every page',
      (page) => page.accessibility,
      (v) => v >= 95,
    );
    every(
      'LCP ≤ 2.5 s',
      (page) => page.lcpMs,
      (v) => v <= 2500,
      ' ms',
    );
    every(
      'CLS ≤ 0.1',
      (page) => page.cls,
      (v) => v <= 0.1,
    );
    every(
      'TBT ≤ 200 ms',
      (page) => page.tbtMs,
      (v) => v <= 200,
      ' ms',
    );
  }
  if (firstLoad?.length) {
    const worst = firstLoad.reduce((a, b) => (b.gzipKb > a.gzipKb ? b : a), firstLoad[0] as FirstLoadJs);
    checks.push({
      target: 'first-load JS ≤ 250 kB gzip per route',
      measured: `largest ${worst.gzipKb} kB (${worst.page})`,
      met: firstLoad.every((page) => page.gzipKb <= 250),
    });
  }
  return checks;
}
