import type { TestProject } from 'vitest/node';
import { testServerUrl } from '../fixtures/database-url';
import { createThrowawayDatabase } from '../fixtures/throwaway-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

/**
 * With a PostgreSQL server configured, the whole run gets one fresh database, dropped at
 * the end; without one, each test file opens its own in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    console.log('[integration] no DATABASE_URL/TEST_DATABASE_URL: using in-memory PGlite');
    project.provide('databaseUrl', null);
    return;
  }
  const database = await createThrowawayDatabase(serverUrl, 'cs_test');
  console.log(`[integration] PostgreSQL database ${new URL(database.url).pathname.slice(1)}`);
  project.provide('databaseUrl', database.url);
  return database.drop;
}
