import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema as buildSdlSchema, findBreakingChanges, type GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '@/graphql/build-schema';
import { CONTRACT_FILE, loadTypeDefs, SCHEMA_DIR } from '@/graphql/schema/load-type-defs';

const COPY = path.join(SCHEMA_DIR, CONTRACT_FILE);
const SHARED = path.resolve(process.cwd(), '..', 'shared', 'api-contract.graphql');

const contract = buildSdlSchema(readFileSync(COPY, 'utf8'));
const breakingChanges = (served: GraphQLSchema) =>
  findBreakingChanges(contract, served).map((change) => `${change.type}: ${change.description}`);

describe('the public API contract', () => {
  it('the served schema has no breaking change against the contract copy', () => {
    expect(breakingChanges(buildSchema())).toEqual([]);
  });

  it.runIf(existsSync(SHARED))('the project copy is the shared contract, byte for byte', () => {
    expect(readFileSync(COPY, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('a field dropped from the served SDL is a breaking change (the check can fail)', () => {
    const typeDefs = loadTypeDefs().map((sdl) => sdl.replace('  incidentMonth: Month!\n', ''));
    expect(typeDefs.join('')).not.toContain('incidentMonth');
    const served = makeExecutableSchema({ typeDefs });
    expect(breakingChanges(served)).toContain('FIELD_REMOVED: Case.incidentMonth was removed.');
  });
});
