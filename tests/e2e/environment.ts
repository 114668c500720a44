import os from 'node:os';
import path from 'node:path';
import { testServerUrl, throwawayDatabaseName, withDatabase } from '../fixtures/database-url';
import { E2E_AUTH_SECRET } from './auth-secret';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

// Named once in the main process; Playwright's workers inherit it through the environment.
process.env.E2E_DATABASE_NAME ??= throwawayDatabaseName('cs_e2e');
process.env.E2E_PGLITE_DIR ??= path.join(os.tmpdir(), process.env.E2E_DATABASE_NAME);
process.env.E2E_RECEIPTS_DIR ??= path.join(os.tmpdir(), `${process.env.E2E_DATABASE_NAME}-receipts`);

/** The URL of this run's e2e database on PostgreSQL, or null when the run uses PGlite. */
export function e2eDatabaseUrl(): string | null {
  const server = testServerUrl();
  return server ? withDatabase(server, process.env.E2E_DATABASE_NAME ?? '') : null;
}

/** The environment the app under test runs with. */
export function e2eEnvironment(): Record<string, string> {
  const url = e2eDatabaseUrl();
  const server = testServerUrl();
  return {
    PORT: String(E2E_PORT),
    NEXTAUTH_URL: E2E_BASE_URL,
    NEXTAUTH_SECRET: E2E_AUTH_SECRET,
    RECEIPTS_DIR: process.env.E2E_RECEIPTS_DIR ?? '',
    // No proxy in front: `next start` fills X-Forwarded-For with the socket's address when a
    // request has none, standing in for the one proxy production needs (SECURITY.md).
    TRUSTED_PROXY_HOPS: '1',
    // The whole suite comes from one address and signs in the demo accounts again and again:
    // limits it never reaches, still counted (the 429 itself is tested with low limits).
    RATE_LIMIT_GRAPHQL_PER_ADDRESS: '100000',
    RATE_LIMIT_GRAPHQL_PER_ACCOUNT: '100000',
    RATE_LIMIT_SIGN_IN_PER_ADDRESS: '10000',
    RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '10000',
    // The server to create the run's database on; DATABASE_URL already names that database.
    ...(url && server ? { DATABASE_URL: url, E2E_SERVER_URL: server } : { PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? '' }),
  };
}
