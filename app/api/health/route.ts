import { isDatabaseReady } from '@/lib/services/core/check-database';
import { backgroundJobRuns } from '@/lib/services/jobs/background-jobs';

// Asked afresh each time: a cached answer would hide an outage.
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Health for probes, without sign-in and without internals. `status` is liveness (the
 * process answers); `database` is readiness (SELECT 1 within 1 s), and the status code
 * follows it: 200, or 503 while the database is unavailable. `?live` skips the database,
 * for a liveness probe that must not restart the app because PostgreSQL is away. `jobs`, in a
 * server that runs the background jobs, is each job's last run (when, and whether it did its
 * work), and never changes the status: a failing job is for the operator to see, not a restart.
 */
export async function GET(request: Request): Promise<Response> {
  if (new URL(request.url).searchParams.has('live')) return Response.json({ status: 'ok' }, { headers: NO_STORE });
  const ready = await isDatabaseReady(1_000);
  const jobs = backgroundJobRuns();
  const body = { status: 'ok', database: ready ? 'ok' : 'unavailable', ...(jobs ? { jobs } : {}) };
  return Response.json(body, { status: ready ? 200 : 503, headers: NO_STORE });
}
