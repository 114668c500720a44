import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import { serverEnv } from '@/lib/env';
import * as schema from './schema';
import { openReplicaPools, replicaRouter } from './read-replicas';
import { withTransactionRetry } from './transaction-retry';

/** The drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handed to a service; it has the same query API as the database. */
export type Transaction = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;
/** Something a query can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  /**
   * What lists, searches, reports and exports read with: the replicas' router when
   * DATABASE_REPLICA_URLS is set (db/read-replicas.ts), else `db` itself. Its transactions
   * and writes run on the primary.
   */
  reader: Database;
  driver: 'pg' | 'pglite';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… uses node-postgres with a pool; without it, PGlite. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway in-memory database. */
  pgliteDir?: string;
  poolSize?: number;
  /** PostgreSQL standbys for the reader; ignored with PGlite. */
  replicaUrls?: readonly string[];
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
// Any constant works; it only has to be the same in every app instance.
const MIGRATION_LOCK_KEY = 7_204_311;
const CONNECT_TIMEOUT_MS = 3_000;

/** Opens a database with the driver the options call for. Does not migrate. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { pooledTransaction } = await import('./pool-transaction');
    const pool = new Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // While the server is down a request fails within 3 s (and says so) instead of waiting
      // in the pool's queue for as long as the outage lasts.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // An idle connection the server dropped (restart, failover) is replaced on next use;
    // without a listener the pool's 'error' event would end the process.
    pool.on('error', (error) => console.warn(`[db] idle connection lost: ${error.message}`));
    const db = drizzle(pool, { schema }) as unknown as Database;
    retryTransactions(db, pooledTransaction(pool, db));
    const replicas = openReplicaPools(Pool, options.replicaUrls ?? [], options.poolSize ?? 10);
    let reader = db;
    if (replicas.length > 0) {
      // drizzle calls only `query` on a client outside transactions, which is all the router is.
      reader = drizzle(replicaRouter(pool, replicas) as unknown as typeof pool, { schema });
      // The router sends statements one by one; a transaction needs one connection, the primary's.
      reader.transaction = (callback, config) => db.transaction(callback, config);
    }
    const close = async () => {
      await Promise.all([pool.end(), ...replicas.map((replica) => replica.pool.end())]);
    };
    return { db, reader, driver: 'pg', close };
  }
  const { drizzle } = await import('drizzle-orm/pglite');
  const dataDir = options.pgliteDir ?? defaultPgliteDir();
  // PGlite creates only the last folder of the path; a fresh clone has no .data/ yet.
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const client = await createPglite(dataDir);
  const db = drizzle(client, { schema }) as unknown as Database;
  retryTransactions(db, db.transaction.bind(db));
  // One embedded database has no replicas; DATABASE_REPLICA_URLS is ignored here.
  return { db, reader: db, driver: 'pglite', close: () => client.close() };
}

/**
 * A PGlite client with the extensions the migrations create (pg_trgm for the plate search's
 * trigram index): PGlite loads an extension only when it is named here.
 */
export async function createPglite(dataDir: string): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  return new PGlite(dataDir, { extensions: { pg_trgm } });
}

/**
 * Makes `db.transaction` run the whole callback again after a serialization failure or a
 * deadlock (see withTransactionRetry). Done once here, on the database object every service
 * is handed, rather than in thirty services; a savepoint (`tx.transaction`) is not retried,
 * as the transaction around it is already lost.
 */
function retryTransactions(db: Database, run: Database['transaction']): void {
  db.transaction = (callback, config) => withTransactionRetry(() => run(callback, config));
}

/** Applies the committed drizzle migrations; safe when several app instances start at once. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  // The lock is taken inside a transaction so that it is released with it, on any path.
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await migrate(tx as never, { migrationsFolder: MIGRATIONS_FOLDER });
  });
}

/** Where the demo keeps its data without a DATABASE_URL. */
export function defaultPgliteDir(): string {
  return serverEnv().PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

declare global {
  // One database per server process, kept across hot reloads in development.
  var __csPortalDb: Promise<DatabaseHandle> | undefined;
  // The same handle once open, for the process's 'exit' where no promise can be awaited.
  var __csPortalDbOpen: DatabaseHandle | undefined;
}

/** The app's database from the environment, opened and migrated once per process. */
export function getDatabase(): Promise<DatabaseHandle> {
  globalThis.__csPortalDb ??= (async () => {
    const { DATABASE_URL, DATABASE_REPLICA_URLS } = serverEnv();
    if (!DATABASE_URL && DATABASE_REPLICA_URLS.length > 0)
      console.warn('[db] DATABASE_REPLICA_URLS is ignored without DATABASE_URL (PGlite)');
    const handle = await openDatabase({ url: DATABASE_URL, pgliteDir: defaultPgliteDir(), replicaUrls: DATABASE_REPLICA_URLS });
    await migrateDatabase(handle);
    globalThis.__csPortalDbOpen = handle;
    return handle;
  })().catch((error: unknown) => {
    globalThis.__csPortalDb = undefined;
    throw error;
  });
  return globalThis.__csPortalDb;
}

/**
 * Ends the app's database connections as the process exits. Only synchronous work runs then,
 * and that is enough: ending the pool writes each idle connection's goodbye to its socket
 * at once, so PostgreSQL sees a clean sign-off rather than a dropped connection.
 */
export function endDatabaseAtExit(): void {
  globalThis.__csPortalDbOpen?.close().catch(() => undefined);
  globalThis.__csPortalDbOpen = undefined;
}

/** The rows of a raw `execute`, whichever driver answered it (both return `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The PostgreSQL SQLSTATE of a failed statement, if any (drizzle keeps the driver's error as the cause). */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
