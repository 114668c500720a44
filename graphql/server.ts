import { ApolloServer } from '@apollo/server';
import type { GraphQLContext } from './context';
import { buildSchema } from './build-schema';
import { formatError } from './errors';

/** The Apollo server of the portal; the route handler and the tests start the same one. */
export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== 'production',
  });
}
