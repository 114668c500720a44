import type { Database } from '@/db/client';
import type { UserRow } from '@/db/schema';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets: who is asking, the database, and this request's loaders. */
export interface GraphQLContext {
  viewer: UserRow | null;
  db: Database;
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
): GraphQLContext {
  return { viewer, db, loaders: createLoaders(db), clientAddress, idempotencyKey };
}
