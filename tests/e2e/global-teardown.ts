import { rm } from 'node:fs/promises';
import pg from 'pg';
import { testServerUrl } from '../fixtures/database-url';

/** Drops this run's e2e database (or PGlite folder) and its receipt folder at the end. */
export default async function globalTeardown() {
  const name = process.env.E2E_DATABASE_NAME;
  const server = testServerUrl();
  if (server && name) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  for (const dir of [process.env.E2E_PGLITE_DIR, process.env.E2E_RECEIPTS_DIR]) {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
