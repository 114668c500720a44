import { describe, expect, it } from 'vitest';
import { buildSchema } from '@/graphql/build-schema';
import { authorize, POLICY } from '@/graphql/policy';
import type { UserRow } from '@/db/schema';

const schema = buildSchema();
const rootFields = [
  ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
  ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
];

const viewerOf = (role: UserRow['role']) => ({ viewer: { role } as UserRow });
const codeOf = (run: () => void) => {
  try {
    run();
    return 'ALLOWED';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('policy: deny by default', () => {
  it('every root field of the served schema has a policy row', () => {
    expect(rootFields.filter((field) => !(field in POLICY))).toEqual([]);
  });

  it('the table names no field the schema does not serve', () => {
    const stale = Object.keys(POLICY).filter((field) => !field.startsWith('Route.') && !rootFields.includes(field));
    expect(stale).toEqual([]);
  });

  it('a field without a row is FORBIDDEN even to a manager', () => {
    expect(codeOf(() => authorize(viewerOf('MANAGER'), 'Mutation.dropEverything'))).toBe('FORBIDDEN');
  });

  it.each([
    ['Query.viewer', null, 'ALLOWED'],
    ['Query.lots', null, 'UNAUTHENTICATED'],
    ['Mutation.createParkingLot', 'AGENT', 'FORBIDDEN'],
    ['Mutation.createParkingLot', 'OPERATOR', 'FORBIDDEN'],
    ['Mutation.createParkingLot', 'MANAGER', 'ALLOWED'],
    ['Query.repeatOmissionReport', 'AGENT', 'FORBIDDEN'],
    ['Mutation.acknowledgeExit', 'AGENT', 'FORBIDDEN'],
    ['Mutation.acknowledgeExit', 'OPERATOR', 'ALLOWED'],
    ['Mutation.openCase', 'OPERATOR', 'FORBIDDEN'],
    ['Query.searchPasses', 'OPERATOR', 'FORBIDDEN'],
  ] as const)('%s as %s is %s', (field, role, expected) => {
    const ctx = role ? viewerOf(role) : { viewer: null };
    expect(codeOf(() => authorize(ctx, field))).toBe(expected);
  });
});
