import pg from 'pg';
import { migrateDatabase, openDatabase } from '../../db/client';

/** The tables the seeder fills; their secondary indexes and foreign keys are set aside while it does. */
export const LOADED_TABLES = [
  'operators',
  'users',
  'parking_lots',
  'response_targets',
  'customers',
  'passes',
  'cases',
  'case_events',
  'exit_requests',
  'registration_requests',
  'coupons',
  'refunds',
] as const;

/** Drops the bench database, creates it empty and applies the project's migrations. */
export async function recreateBenchDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ url: databaseUrl, poolSize: 1 });
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
}

interface SetAside {
  indexes: string[];
  foreignKeys: Array<{ table: string; name: string; definition: string }>;
}

/**
 * Runs `load` with the loaded tables' foreign keys and secondary indexes (unique ones
 * included) dropped, then puts back exactly the definitions the migrations made. Building an
 * index once over the finished table is several times faster than keeping it up to date row
 * by row, and re-adding each foreign key checks every row in one join: a wrong reference
 * or duplicate still fails the seed. Primary keys and CHECKs stay throughout.
 */
export async function withConstraintsSetAside(
  client: pg.Client,
  load: () => Promise<void>,
  onRestored: (what: string, ms: number) => void,
): Promise<void> {
  const aside = await setAside(client);
  await load();
  let started = performance.now();
  for (const definition of aside.indexes) await client.query(definition);
  onRestored(`indexes (${aside.indexes.length})`, performance.now() - started);
  started = performance.now();
  for (const fk of aside.foreignKeys) {
    await client.query(`ALTER TABLE ${pg.escapeIdentifier(fk.table)} ADD CONSTRAINT ${pg.escapeIdentifier(fk.name)} ${fk.definition}`);
  }
  onRestored(`foreign keys (${aside.foreignKeys.length})`, performance.now() - started);
}

async function setAside(client: pg.Client): Promise<SetAside> {
  const tables = [...LOADED_TABLES];
  // Every foreign key that points to or from a loaded table (other tables are empty).
  const fks = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c
     WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))
     ORDER BY 1, 2`,
    [tables],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid::regclass::text = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [tables],
  );
  for (const fk of fks.rows) {
    await client.query(`ALTER TABLE ${pg.escapeIdentifier(fk.table)} DROP CONSTRAINT ${pg.escapeIdentifier(fk.name)}`);
  }
  for (const index of indexes.rows) await client.query(`DROP INDEX ${pg.escapeIdentifier(index.name)}`);
  return { indexes: indexes.rows.map((row) => row.definition), foreignKeys: fks.rows };
}
