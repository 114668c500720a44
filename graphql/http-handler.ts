import { startServerAndCreateNextHandler } from '@as-integrations/next';
import type { Database } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/database-errors';
import type { UserRow } from '@/db/schema';
import { refuseOversizedBody } from '@/lib/http/body-limit';
import { clientAddressOf } from '@/lib/http/client-address';
import type { ProxyTrust } from '@/lib/http/proxy-trust';
import { configuredRateLimits, type RateLimitSettings } from '@/lib/http/rate-limit-settings';
import { tooManyRequests } from '@/lib/http/too-many-requests';
import { consumeRateLimit } from '@/lib/services/core/rate-limit';
import { createContext, type GraphQLContext } from './context';
import { unavailableInContext } from './errors';
import { ANONYMOUS_MAX_TOKENS, ANONYMOUS_TOO_LONG_MESSAGE, badRequest, hasMoreTokensThan, parseJsonBody, queryOf } from './http-gate';
import { createApolloServer } from './server';

/** What the GraphQL route needs from the server; the tests hand in their own. */
export interface GraphQLRouteDeps {
  database: () => Promise<{ db: Database }>;
  viewer: () => Promise<UserRow | null>;
  /** Runs before each request (the route starts the background jobs here). */
  beforeRequest?: () => void;
  rateLimits?: () => RateLimitSettings;
  proxyTrust?: ProxyTrust;
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
 * Apollo with the context of this request. The address is the one helper's (client-address.ts).
 */
export function createGraphQLRoute(deps: GraphQLRouteDeps) {
  const contexts = new WeakMap<Request, GraphQLContext>();
  const apollo = startServerAndCreateNextHandler<Request, GraphQLContext>(createApolloServer(), {
    context: async (request) => contexts.get(request)!,
  });

  async function serve(request: Request, body: unknown, forward: Request): Promise<Response> {
    deps.beforeRequest?.();
    let db: Database;
    let viewer: UserRow | null;
    try {
      [{ db }, viewer] = await Promise.all([deps.database(), deps.viewer()]);
    } catch (error) {
      return unavailable(error);
    }
    const clientAddress = clientAddressOf(request.headers, deps.proxyTrust);
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
    contexts.set(forward, createContext(db, viewer, clientAddress, request.headers.get('idempotency-key')));
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
