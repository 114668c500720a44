import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on the shape of a GraphQL document (graphql-armor). The portal's own pages stay
 * well inside them (tests/unit/graphql-limits.test.ts measures every document they send);
 * a hand-made query that nests, aliases or repeats without end is refused before it runs.
 * The deepest page query (a case list: cases → edges → node → pass → lot …) has depth 7.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 10,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 3_000,
} as const;

const SPLIT = '더 작은 요청으로 나누어 보내 주세요.';

/** What the client reads when its document has more tokens than GRAPHQL_LIMITS.maxTokens. */
export const TOO_MANY_TOKENS_MESSAGE = `쿼리가 너무 깁니다(한도 ${GRAPHQL_LIMITS.maxTokens.toLocaleString('ko-KR')} 토큰). ${SPLIT}`;

/** Apollo plugins and validation rules that enforce GRAPHQL_LIMITS and hide field suggestions. */
export function graphqlArmor() {
  const { maxDepth, maxAliases, maxDirectives, maxCost } = GRAPHQL_LIMITS;
  return new ApolloArmor({
    maxDepth: {
      n: maxDepth,
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: `쿼리 깊이가 한도(${maxDepth}단계)를 넘었습니다. ${SPLIT}`,
    },
    maxAliases: { n: maxAliases, exposeLimits: false, errorMessage: `별칭(alias) 수가 한도(${maxAliases}개)를 넘었습니다. ${SPLIT}` },
    // Tokens are counted by graphql-js's own parser (parseOptions in graphql/server.ts):
    // armor's token plugin throws from a hook Apollo treats as an internal failure.
    maxTokens: { enabled: false },
    maxDirectives: { n: maxDirectives, exposeLimits: false, errorMessage: `지시어(directive) 수가 한도(${maxDirectives}개)를 넘었습니다.` },
    costLimit: {
      maxCost,
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: `쿼리 비용이 한도(${maxCost.toLocaleString('ko-KR')})를 넘었습니다. ${SPLIT}`,
    },
    // "Did you mean …?" would map the schema for a stranger even with introspection off.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
