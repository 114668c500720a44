import { startStandaloneServer } from '@apollo/server/standalone';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client';
import { users, type UserRow } from '../db/schema';
import { createContext } from '../graphql/context';
import { createApolloServer } from '../graphql/server';
import type { BenchRole } from './scenarios';
import { BENCH_LOGINS } from './seed/load-people';

/** The header that names the viewer on the bare server (it has no sessions). */
export const VIEWER_HEADER = 'x-bench-viewer';

/** The e-mail of the user each role's requests run as. */
export type Logins = Record<BenchRole, string>;

/** Loads the three bench users (or the demo's, given their logins) by their e-mail, once. */
export async function loadBenchViewers(db: Database, logins: Logins = BENCH_LOGINS): Promise<Record<BenchRole, UserRow>> {
  const load = async (email: string) => {
    const [row] = await db.select().from(users).where(eq(users.email, email));
    if (!row) throw new Error(`no ${email}: run npm run bench:seed first`);
    return row;
  };
  return { agent: await load(logins.agent), operator: await load(logins.operator), manager: await load(logins.manager) };
}

/**
 * The same schema and resolvers as app/api/graphql/route.ts, served by Apollo's standalone
 * HTTP server (no Next): the context is built the same way, with a fixed viewer per role
 * (the x-bench-viewer header) where the route handler reads the next-auth session.
 */
export async function startBareApollo(databaseUrl: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  // The route handler's pool has 10 connections (db/client.ts default): the same here.
  const handle = await openDatabase({ url: databaseUrl, poolSize: 10 });
  const viewers = await loadBenchViewers(handle.db);
  const server = createApolloServer();
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port },
    context: async ({ req }) => {
      const role = (req.headers[VIEWER_HEADER] as BenchRole | undefined) ?? 'manager';
      const key = req.headers['idempotency-key'];
      return createContext(handle.db, viewers[role] ?? null, '127.0.0.1', typeof key === 'string' ? key : null);
    },
  });
  return {
    url: url.replace(/\/$/, ''),
    stop: async () => {
      await server.stop();
      await handle.close();
    },
  };
}
