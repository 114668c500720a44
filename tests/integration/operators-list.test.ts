import { describe, expect, it } from 'vitest';
import { useIntegrationWorld } from '../fixtures/integration';
import type { World } from '../fixtures/world';
import { graphql } from '../generated';

// The operator list a manager picks from when adding operator staff (the people page).

const { api, world } = await useIntegrationWorld();

const OPERATORS = graphql(`
  query OperatorsList {
    operators {
      id
      name
    }
  }
`);

describe('operators: the list a manager picks operator staff’s company from', () => {
  it('a manager gets every operator, by name', async () => {
    const result = await api.run(OPERATORS, {}, world.manager);
    expect(result.errors).toBeUndefined();
    const list = result.data!.operators;
    expect(list).toEqual(
      expect.arrayContaining([
        { id: world.operatorA.id, name: world.operatorA.name },
        { id: world.operatorB.id, name: world.operatorB.name },
      ]),
    );
    // PostgreSQL's collation orders the names; the list must come back in that order.
    const names = list.map((operator) => operator.name);
    const indexA = names.indexOf(world.operatorA.name);
    const indexB = names.indexOf(world.operatorB.name);
    expect(indexA).toBeLessThan(indexB); // 가나파킹 … before 다라주차 …
  });

  it.each([
    ['an agent', 'FORBIDDEN', (w: World) => w.agent],
    ['operator staff', 'FORBIDDEN', (w: World) => w.operatorUserA],
    ['an anonymous caller', 'UNAUTHENTICATED', () => null],
  ] as const)('operators as %s is %s', async (_who, code, viewer) => {
    const result = await api.run(OPERATORS, {}, viewer(world));
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data ?? null).toBeNull();
  });
});
