import { getDatabase, type Database } from '@/db/client';
import type { UserRow } from '@/db/schema';
import { getViewer } from '@/lib/auth/viewer';
import { clientAddressOf } from './client-address';
import type { ProxyTrust } from './proxy-trust';

/** What the API knows of one request: the same four things for GraphQL and for the REST routes. */
export interface RequestContext {
  db: Database;
  // What lists, searches, reports and exports read with: the replicas when configured, else `db`.
  reader: Database;
  viewer: UserRow | null;
  // The caller's address (client-address.ts), for the access log and the per-address limits; null where unknown.
  clientAddress: string | null;
  // The raw Idempotency-Key header, or null; the creating operations validate and use it.
  idempotencyKey: string | null;
}

/** Where a request's database and viewer come from; the tests hand in their own. */
export interface RequestSources {
  // A source without a reader reads everything from `db`.
  database: () => Promise<{ db: Database; reader?: Database }>;
  viewer: () => Promise<UserRow | null>;
  // The proxy setting to read the address under; the server's own (TRUSTED_PROXY_*) when absent.
  proxyTrust?: ProxyTrust;
}

/** The server's own sources: its database and the viewer of the session cookie. */
export const SERVER_SOURCES: RequestSources = { database: getDatabase, viewer: getViewer };

/**
 * The context of one request, built here and nowhere else: the one place the caller's address
 * is read for the API. Rejects when the database cannot be reached.
 */
export async function requestContextOf(request: Request, sources: RequestSources = SERVER_SOURCES): Promise<RequestContext> {
  const [{ db, reader = db }, viewer] = await Promise.all([sources.database(), sources.viewer()]);
  const clientAddress = clientAddressOf(request.headers, sources.proxyTrust);
  return { db, reader, viewer, clientAddress, idempotencyKey: request.headers.get('idempotency-key') };
}
