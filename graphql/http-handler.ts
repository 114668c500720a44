import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { isDatabaseUnavailable } from '@/db/database-errors';
import { refuseOversizedBody } from '@/lib/http/body-limit';
import { configuredRateLimits, type RateLimitSettings } from '@/lib/http/rate-limit-settings';
import { requestContextOf, SERVER_SOURCES, type RequestContext, type RequestSources } from '@/lib/http/request-context';
import { tooManyRequests } from '@/lib/http/too-many-requests';
import { consumeRateLimit } from '@/lib/services/core/rate-limit';
import { createContext, type GraphQLContext } from './context';
import { unavailableInContext } from './errors';
import { ANONYMOUS_MAX_TOKENS, ANONYMOUS_TOO_LONG_MESSAGE, badRequest, hasMoreTokensThan, parseJsonBody, queryOf } from './http-gate';
import { createApolloServer } from './server';

/** What the GraphQL route needs from the server (its database, viewer, proxy setting, limits); the tests hand in their own. */
export interface GraphQLRouteDeps extends RequestSources {
  rateLimits?: () => RateLimitSettings;
}

/** A 503 for a database that is away, in the shape the API answers it elsewhere; other errors go on. */
function unavailable(error: unknown): Response {
  if (!isDatabaseUnavailable(error)) throw error;
  const { message } = unavailableInContext(error) as Error; // logs the outage once
  return Response.json({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, { status: 503 });
}

/**
 * GET and POST of /api/graphql: cheap refusals first (body size, malformed JSON, an anonymous
 * document too long, the rate limits per address and per account, 429 with Retry-After), then
 * Apollo with the context of this request, built as the REST routes' is (lib/http/request-context.ts).
 */
export function createGraphQLRoute(deps: GraphQLRouteDeps = SERVER_SOURCES) {
  const contexts = new WeakMap<Request, GraphQLContext>();
  const apollo = startServerAndCreateNextHandler<Request, GraphQLContext>(createApolloServer(), {
    context: async (request) => contexts.get(request)!,
  });

  async function serve(request: Request, body: unknown, forward: Request): Promise<Response> {
    let context: RequestContext;
    try {
      context = await requestContextOf(request, deps);
    } catch (error) {
      return unavailable(error);
    }
    const { db, viewer, clientAddress } = context;
    const limits = (deps.rateLimits ?? configuredRateLimits)();
    const buckets = [
      ...(clientAddress ? [{ key: `graphql:address:${clientAddress}`, limit: limits.graphqlPerAddress }] : []),
      ...(viewer ? [{ key: `graphql:account:${viewer.id}`, limit: limits.graphqlPerAccount }] : []),
    ];
    let verdict;
    try {
      verdict = await consumeRateLimit(db, buckets, limits.windowMs);
    } catch (error) {
      return unavailable(error);
    }
    if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds);
    if (!viewer) {
      const query = queryOf(body, request.url);
      if (query && hasMoreTokensThan(query, ANONYMOUS_MAX_TOKENS)) return badRequest(ANONYMOUS_TOO_LONG_MESSAGE);
    }
    contexts.set(forward, createContext(db, viewer, clientAddress, context.idempotencyKey, context.reader));
    return apollo(forward);
  }

  return {
    GET: (request: Request) => serve(request, null, request),
    POST: async (request: Request) => {
      const oversized = refuseOversizedBody(request.headers);
      if (oversized) return oversized;
      const text = await request.text();
      const parsed = parseJsonBody(request.headers.get('content-type'), text);
      if ('refusal' in parsed) return parsed.refusal;
      // The body was read once here; Apollo reads this copy of it.
      const forward = new Request(request.url, { method: 'POST', headers: request.headers, body: text });
      return serve(request, parsed.body, forward);
    },
  };
}
