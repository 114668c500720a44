import { readScenarios, WRITE_MIX } from './scenarios';

/** The parts of a bench run besides the load scenarios, each one `--only` can name. */
export const SECTIONS = ['load', 'postgraphile', 'pglite', 'plans', 'lighthouse', 'first-load'] as const;
export type Section = (typeof SECTIONS)[number];

/** The load scenarios, by name: the six reads and the write mix. */
export const SCENARIO_NAMES: readonly string[] = [
  ...readScenarios({ lotId: '', month: '', caseId: '', plate: '', writePassId: '' }).map((scenario) => scenario.name),
  WRITE_MIX,
];

// The scenarios PostGraphile has a document for (bench/postgraphile-server.ts).
const POSTGRAPHILE_SCENARIOS = ['case-detail', 'case-list'];

/** What one run does: which load scenarios, and which other sections. */
export interface Selection {
  scenarios: string[];
  pglite: boolean;
  plans: boolean;
  lighthouse: boolean;
  firstLoad: boolean;
}

/**
 * Reads `--only`: nothing means everything; `load` means every scenario; `postgraphile` means
 * the scenarios it has a document for (a scenario row always has every side it can have);
 * a scenario's own name runs just that one. An unknown name is refused, not ignored.
 */
export function selectionOf(only: string[]): Selection {
  const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name) && !SCENARIO_NAMES.includes(name));
  if (unknown.length) throw new Error(`--only: unknown ${unknown.join(', ')}; known: ${[...SECTIONS, ...SCENARIO_NAMES].join(', ')}`);
  const all = only.length === 0;
  const named = (name: string) => all || only.includes(name);
  const scenarios = SCENARIO_NAMES.filter(
    (name) => named(name) || named('load') || (named('postgraphile') && POSTGRAPHILE_SCENARIOS.includes(name)),
  );
  return { scenarios, pglite: named('pglite'), plans: named('plans'), lighthouse: named('lighthouse'), firstLoad: named('first-load') };
}
