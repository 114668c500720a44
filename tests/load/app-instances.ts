import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemo } from '@/db/seed/demo-data';
import { throwawayDatabaseName, withDatabase } from '../fixtures/database-url';

/** Builds the app unless a build is there already (or `force`): `next build` writes .next here. */
export function buildOnce(force: boolean): void {
  if (!force && existsSync('.next/BUILD_ID')) return;
  console.log('[load] next build …');
  const result = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('next build failed');
}

/**
 * A fresh database on the server, migrated and seeded with the demo data like the e2e run's;
 * the same `now` gives the same rows and ids (db/seed/demo-data.ts).
 */
export async function freshDemoDatabase(serverUrl: string, now = new Date()): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = throwawayDatabaseName('cs_load');
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const handle = await openDatabase({ url, poolSize: 2 });
  await migrateDatabase(handle);
  await seedDemo(handle.db, now);
  await handle.close();
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The proxy and rate-limit setting of servers under load tests (see SECURITY.md). */
export const LOAD_EDGE_SETTINGS = {
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? '1',
  RATE_LIMIT_GRAPHQL_PER_ADDRESS: process.env.RATE_LIMIT_GRAPHQL_PER_ADDRESS ?? '0',
  RATE_LIMIT_GRAPHQL_PER_ACCOUNT: process.env.RATE_LIMIT_GRAPHQL_PER_ACCOUNT ?? '0',
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: process.env.RATE_LIMIT_SIGN_IN_PER_ADDRESS ?? '0',
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: process.env.RATE_LIMIT_SIGN_IN_PER_ACCOUNT ?? '0',
};

/** `next start` on each port against one database; resolves once every instance serves /login. */
export async function startInstances(ports: number[], databaseUrl: string): Promise<{ bases: string[]; stop: () => void }> {
  const children: ChildProcess[] = ports.map((port) =>
    spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        // No proxy in front: `next start` fills X-Forwarded-For with the socket's address,
        // standing in for the one proxy production needs. The load is many requests from one
        // address, so the rate limits are off unless the caller set them.
        ...LOAD_EDGE_SETTINGS,
      },
    }),
  );
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  try {
    await Promise.all(bases.map((base) => waitUntilServing(`${base}/login`)));
  } catch (error) {
    stop();
    throw error;
  }
  return { bases, stop };
}

/** Resolves once `url` answers 2xx to `init` (a GET by default); fails after `timeoutMs`. */
export async function waitUntilServing(url: string, timeoutMs = 60_000, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, init).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
