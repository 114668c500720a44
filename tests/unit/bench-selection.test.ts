import { describe, expect, it } from 'vitest';
import { SCENARIO_NAMES, selectionOf } from '@/bench/sections';
import { checkTargets } from '@/bench/targets';

describe('bench --only', () => {
  it.each([
    ['nothing: every scenario and section', [], SCENARIO_NAMES, true, true],
    ['a scenario: just that one', ['case-list'], ['case-list'], false, false],
    ['postgraphile: the scenarios it has a document for', ['postgraphile'], ['case-detail', 'case-list'], false, false],
    ['sections only: no load', ['lighthouse', 'first-load'], [], false, true],
  ])('%s', (_, only, scenarios, pglite, lighthouse) => {
    const selection = selectionOf(only as string[]);
    expect(selection.scenarios).toEqual(scenarios);
    expect(selection.pglite).toBe(pglite);
    expect(selection.lighthouse).toBe(lighthouse);
  });

  it('refuses a name it does not know', () => {
    expect(() => selectionOf(['case-lsit'])).toThrow(/unknown case-lsit/);
  });
});

describe('bench targets', () => {
  const m = (requestsPerSecond: number, p99: number, errors = 0) => ({ requestsPerSecond, p50: p99 / 2, p99, errors, requests: 100 });

  it('case detail p99 at concurrency 10 is the one held against 50 ms', () => {
    const rows = [
      { scenario: 'case-detail', concurrency: 1, next: m(100, 500), apollo: m(100, 10) },
      { scenario: 'case-detail', concurrency: 10, next: m(60, 40), apollo: m(100, 30) },
    ];
    const detail = checkTargets({ rows }).find((check) => check.target.startsWith('case detail'));
    expect(detail).toMatchObject({ measured: '40 ms', met: true });
  });

  it('next under half of bare Apollo on any row is a miss', () => {
    const rows = [{ scenario: 'case-list', concurrency: 10, next: m(40, 90), apollo: m(100, 30) }];
    expect(checkTargets({ rows }).find((check) => check.target.startsWith('next ≥'))?.met).toBe(false);
  });
});
