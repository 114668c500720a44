import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { serverEnv } from '@/lib/env';
import type { GraphQLContext } from './context';
import { buildSchema } from './build-schema';
import { formatError } from './errors';
import { GRAPHQL_LIMITS, graphqlArmor } from './limits';
import { reasonLanguage } from './reason-language';
import { unavailableStatus } from './unavailable-status';

/**
 * The Apollo server of the portal; the route handler and the tests start the same one.
 * `documentLimits: false` is for test tools that select every field of the schema at once
 * (tests/integration/operator-no-full-phone.test.ts); the app always serves with the limits.
 */
export function createApolloServer({ documentLimits = true }: { documentLimits?: boolean } = {}): ApolloServer<GraphQLContext> {
  const armor = documentLimits ? graphqlArmor() : { plugins: [], validationRules: [] };
  return new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: serverEnv().NODE_ENV !== 'production',
    // No field sets a cache hint and every answer is private: the cache-control plugin would
    // only walk each resolved field to compute a policy nobody reads.
    plugins: [...armor.plugins, unavailableStatus, reasonLanguage, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    parseOptions: documentLimits ? { maxTokens: GRAPHQL_LIMITS.maxTokens } : {},
    // Spelled out although they are Apollo's defaults: one operation per request, and
    // only JSON POSTs or GETs with a preflight header (no form or text/plain CSRF).
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
  });
}
