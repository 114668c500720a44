import { describe, expect, it } from 'vitest';
import { Kind, parse, print, validate, type DocumentNode } from 'graphql';
import { buildSchema } from '@/graphql/build-schema';
import * as clientDocuments from '@/graphql/generated/client/graphql';
import { GRAPHQL_LIMITS, graphqlArmor } from '@/graphql/limits';
import { createApolloServer } from '@/graphql/server';

/** Every operation the portal's pages send, as codegen collected them from the components. */
function pageOperations(): [string, DocumentNode][] {
  return Object.entries(clientDocuments).filter((entry): entry is [string, DocumentNode] => {
    const value = entry[1] as unknown;
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as DocumentNode).kind === Kind.DOCUMENT &&
      (value as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
    );
  });
}

/** The first error the real server gives a document (validation fails before any resolver runs). */
async function refusal(query: string): Promise<{ message: string; code: unknown } | undefined> {
  const server = createApolloServer();
  const response = await server.executeOperation({ query }, { contextValue: {} as never });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  const error = response.body.singleResult.errors?.[0];
  return error && { message: error.message, code: error.extensions?.code };
}

const repeat = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => text(i)).join(' ');

describe('GraphQL limits (graphql-armor and the parser token limit)', () => {
  const schema = buildSchema();
  const { validationRules } = graphqlArmor();
  const operations = pageOperations();

  it('finds the pages’ operations to measure', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations)('the page operation %s passes every limit', (_name, document) => {
    expect(() => parse(print(document), { maxTokens: GRAPHQL_LIMITS.maxTokens })).not.toThrow();
    expect(validate(schema, document, validationRules).map((e) => e.message)).toEqual([]);
  });

  it('refuses a document nested deeper than the limit, in Korean', async () => {
    let nested = 'id';
    for (let i = 0; i < 6; i += 1) nested = `lots { operator { ${nested} } }`;
    const error = await refusal(`{ viewer { operator { ${nested} } } }`);
    expect(error).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringContaining(`한도(${GRAPHQL_LIMITS.maxDepth}단계)`) });
  });

  it('refuses more aliases than the limit', async () => {
    const error = await refusal(`{ ${repeat(GRAPHQL_LIMITS.maxAliases + 1, (i) => `a${i}: viewer { id }`)} }`);
    expect(error).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringContaining('별칭(alias)') });
  });

  it('refuses a document longer than the token limit before validating it', async () => {
    const error = await refusal(`{ viewer { ${repeat(GRAPHQL_LIMITS.maxTokens, () => '__typename')} } }`);
    expect(error).toEqual({ code: 'GRAPHQL_PARSE_FAILED', message: expect.stringContaining('쿼리가 너무 깁니다') });
  });

  it('refuses a document whose cost is over the limit', async () => {
    // Within the depth, alias and token limits, but the cost grows with every field at depth.
    let nested = repeat(150, () => 'id');
    for (let i = 0; i < 4; i += 1) nested = `lots { operator { ${nested} } }`;
    const error = await refusal(`{ viewer { ${nested} } }`);
    expect(error).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringContaining('쿼리 비용') });
  });

  it('does not suggest field names to someone guessing the schema', async () => {
    const error = await refusal('{ viewr { id } }');
    expect(error?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).not.toMatch(/Did you mean/);
  });
});
