import { beforeAll, describe, expect, it } from 'vitest';
import type { Role, UserRow } from '@/db/schema';
import { buildSchema } from '@/graphql/build-schema';
import { hasPolicy, POLICY, type Rule } from '@/graphql/policy';
import { useIntegrationApi } from '../fixtures/integration';
import { documentOf, rootFieldsOf, type RootFieldOf } from '../fixtures/root-fields';
import { makeSampleWorld, sampleOf, type SampleWorld } from '../fixtures/sample-world';
import { snapshotCounts } from '../fixtures/snapshot-counts';
import type { GraphQLResult } from '../fixtures/test-api';

// Issue 7, item 1: every root field the schema serves × every kind of caller, the expected
// answer derived from the policy table. Generated, so a field another issue adds is in the
// matrix the moment it is served; one whose arguments cannot be made up fails with
// "add a sample for …" (tests/fixtures/sample-world.ts) instead of being skipped.

const ROOTS = rootFieldsOf(buildSchema());
const ACTORS = ['anonymous', 'agent', 'manager', 'operator of another operator', 'operator of the lot'] as const;
type Actor = (typeof ACTORS)[number];
type Expected = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'out of scope';

const ROLE_OF: Record<Exclude<Actor, 'anonymous'>, Role> = {
  agent: 'AGENT',
  manager: 'MANAGER',
  'operator of another operator': 'OPERATOR',
  'operator of the lot': 'OPERATOR',
};

/** What the policy row says this caller gets. */
function expectedOf(rule: Rule, actor: Actor): Expected {
  if ('anyone' in rule) return 'allowed';
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if (!rule.roles.includes(ROLE_OF[actor])) return 'FORBIDDEN';
  if (actor === 'operator of another operator' && rule.scope === 'OWN_OPERATOR') return 'out of scope';
  return 'allowed';
}

const ruleOf = (name: string): Rule | undefined => (hasPolicy(name) ? POLICY[name] : undefined);
const scopedOf = (name: string) => {
  const rule = ruleOf(name);
  return Boolean(rule && 'scope' in rule && rule.scope);
};

function viewerOf(s: SampleWorld, actor: Actor): UserRow | null {
  const { w } = s;
  const viewers: Record<Actor, UserRow | null> = {
    anonymous: null,
    agent: w.agent,
    manager: w.manager,
    'operator of another operator': w.operatorUserB,
    'operator of the lot': w.operatorUserA,
  };
  return viewers[actor];
}

const { handle, api } = await useIntegrationApi();
let queryWorld: SampleWorld;
// Each mutation acts on a world of its own, made on its first cell and readied by its sample;
// the actors run refusals first and the lot's operator last, so a success changes nothing
// a later cell relies on.
const worlds = new Map<string, SampleWorld>();

beforeAll(async () => {
  queryWorld = await makeSampleWorld(api, handle.db);
});

async function worldFor(root: RootFieldOf): Promise<SampleWorld> {
  const known = root.operation === 'query' ? queryWorld : worlds.get(root.name);
  const world = known ?? (await makeSampleWorld(api, handle.db));
  if (!known) {
    worlds.set(root.name, world);
    await sampleOf(root, world, scopedOf(root.name)).prepare?.(world, api);
  }
  return world;
}

const codesOf = (result: GraphQLResult) => (result.errors ?? []).map((e) => e.extensions?.code);
const fieldName = (root: RootFieldOf) => root.field.name;

const CELLS = ROOTS.flatMap((root) => ACTORS.map((actor) => [root.name, actor, root] as const));

describe('policy matrix: root field × caller', () => {
  it.each(CELLS)('%s as %s', async (name, actor, root) => {
    const rule = ruleOf(name);
    expect(rule, `${name} has no row in POLICY (graphql/policy.ts)`).toBeDefined();
    const expected = expectedOf(rule!, actor);
    const s = await worldFor(root);
    const args = sampleOf(root, s, scopedOf(name)).args(s);
    // Reads of personal data write the access log, so a refused query is counted too.
    const before = await snapshotCounts(handle.db, s.scope);
    const result = await api.run(documentOf(root, Object.keys(args)), args, viewerOf(s, actor));
    const text = JSON.stringify(result);
    const leaked = s.lotTraces.filter((trace) => text.includes(trace));
    const why = `${name} as ${actor}, expected ${expected}: ${text.slice(0, 600)}`;

    expect(codesOf(result), why).not.toContain('INTERNAL_SERVER_ERROR');
    if (expected === 'allowed') {
      expect(codesOf(result), why).not.toContain('FORBIDDEN');
      expect(codesOf(result), why).not.toContain('UNAUTHENTICATED');
      // A scope is only proven by a caller who does see the lot's object.
      if (actor === 'operator of the lot' && scopedOf(name)) expect(leaked.length, why).toBeGreaterThan(0);
      // Another operator never sees the lot, whatever the row says about scope.
      if (actor === 'operator of another operator') expect(leaked, why).toEqual([]);
      return;
    }

    // A refusal: the answer holds nothing of the lot, and nothing was written.
    expect(leaked, why).toEqual([]);
    if (expected === 'out of scope') {
      // Absent, like an unknown id: NOT_FOUND, a null or a list without it; never FORBIDDEN,
      // which would say that it exists.
      expect(
        codesOf(result).every((code) => code === 'NOT_FOUND'),
        why,
      ).toBe(true);
      // A list of the operator's own lot is a read like any other, and logged as one.
      if (result.data?.[fieldName(root)] != null) return;
    } else {
      expect(codesOf(result), why).toEqual([expected]);
      expect(result.data?.[fieldName(root)] ?? null, why).toBeNull();
    }
    expect(await snapshotCounts(handle.db, s.scope), why).toEqual(before);
  });

  it('covers every served root field for each of the five callers', () => {
    console.log(`[policy-matrix] ${ROOTS.length} root fields × ${ACTORS.length} callers = ${CELLS.length} cells`);
    expect(CELLS).toHaveLength(ROOTS.length * ACTORS.length);
    expect(new Set(CELLS.map(([name]) => name))).toEqual(new Set(ROOTS.map((root) => root.name)));
  });
});
