import type { Database } from '@/db/client';
import type { UserRow } from '@/db/schema';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets: who is asking, the database, and this request's loaders. */
export interface GraphQLContext {
  viewer: UserRow | null;
  db: Database;
  /**
   * The replicas when DATABASE_REPLICA_URLS is set, else `db`: only for the lists, searches and
   * reports that may trail the primary by the replicas' lag. A case page, a queue an operator
   * works from, and anything a mutation answers read `db`, so a viewer sees their own write.
   */
  reader: Database;
  loaders: Loaders;
  // The caller's address, for the access log; null where unknown (tests, scripts).
  clientAddress: string | null;
  // The raw Idempotency-Key header, or null; the creating mutations validate and use it.
  idempotencyKey: string | null;
}

/** Builds the context once per request. */
export function createContext(
  db: Database,
  viewer: UserRow | null,
  clientAddress: string | null = null,
  idempotencyKey: string | null = null,
  reader: Database = db,
): GraphQLContext {
  return { viewer, db, reader, loaders: createLoaders(db), clientAddress, idempotencyKey };
}
