import pg from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/demo-data';
import { freshDemoDatabase, startInstances } from '../tests/load/app-instances';
import { signIn } from '../tests/load/http-client';
import { pickIds } from './pick-ids';
import type { Logins } from './bare-apollo';
import type { BenchRole } from './scenarios';

const login = (role: string) => DEMO_ACCOUNTS.find((account) => account.role === role)?.email ?? '';
/** The first demo login of each role (db/seed/accounts.ts). */
export const DEMO_LOGINS: Logins = { agent: login('AGENT'), operator: login('OPERATOR'), manager: login('MANAGER') };

/** One page the pages' sections measure, and whose session it is loaded in (none: signed out). */
export interface DemoPage {
  name: string;
  path: string;
  role: BenchRole | null;
}

/** `next start` on the demo data, signed in as each role. */
export interface DemoApp {
  base: string;
  pages: DemoPage[];
  /** The Cookie header of a role's session. */
  cookieOf(role: BenchRole): string;
  stop(): Promise<void>;
}

/**
 * The pages of issue 8 want the demo data, not the bench's million cases: a fresh database on
 * the server, seeded like `npm run demo`, served by `next start` on `port`; the case detail is
 * the newest case of the busiest lot. The database is dropped on stop.
 */
export async function startDemoApp(serverUrl: string, port: number): Promise<DemoApp> {
  const database = await freshDemoDatabase(serverUrl);
  let next: { bases: string[]; stop: () => void } | undefined;
  const stop = async () => {
    next?.stop();
    await database.drop();
  };
  try {
    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    const { caseId } = await pickIds(pool, DEMO_LOGINS.operator).finally(() => pool.end());
    next = await startInstances([port], database.url);
    const base = next.bases[0] as string;
    const sessions = {
      agent: await signIn(base, DEMO_LOGINS.agent, DEMO_PASSWORD),
      operator: await signIn(base, DEMO_LOGINS.operator, DEMO_PASSWORD),
      manager: await signIn(base, DEMO_LOGINS.manager, DEMO_PASSWORD),
    };
    const pages: DemoPage[] = [
      { name: 'login', path: '/login', role: null },
      { name: 'agent', path: '/agent', role: 'agent' },
      { name: 'case-detail', path: `/agent/cases/${caseId}`, role: 'agent' },
      { name: 'operator', path: '/operator', role: 'operator' },
      { name: 'manager', path: '/manager', role: 'manager' },
    ];
    return { base, pages, cookieOf: (role) => sessions[role].cookie(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
