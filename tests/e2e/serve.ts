import { spawn } from 'node:child_process';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemo } from '@/db/seed/demo-data';

/**
 * Playwright's web server: creates this run's database (PostgreSQL when configured, else a
 * PGlite folder), migrates and seeds it with the demo data, then serves the production build.
 */
async function main() {
  const name = process.env.E2E_DATABASE_NAME;
  const server = process.env.E2E_SERVER_URL;
  if (server && name) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
  }
  const handle = await openDatabase({ url: process.env.DATABASE_URL, pgliteDir: process.env.PGLITE_DIR });
  await migrateDatabase(handle);
  // E2E_SEED_NOW pins the demo's instant, so two runs (the visual before/after) see the same rows.
  await seedDemo(handle.db, process.env.E2E_SEED_NOW ? new Date(process.env.E2E_SEED_NOW) : undefined);
  await handle.close();

  const next = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', process.env.PORT ?? '3210'], {
    stdio: 'inherit',
    env: process.env,
  });
  const stop = () => next.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  next.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error('[e2e] could not start the app:', error);
  process.exit(1);
});
