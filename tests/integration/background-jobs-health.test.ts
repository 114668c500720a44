import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { getDatabase } from '@/db/client';
import { backgroundJobRuns, runBackgroundJobsNow, startBackgroundJobs, stopBackgroundJobs } from '@/lib/services/jobs/background-jobs';

// Issue 17, item 5: the jobs start with the server (instrumentation.ts) and /api/health shows each one's last run.
describe('background jobs: their last runs in /api/health', () => {
  const saved = { url: process.env.DATABASE_URL, pglite: process.env.PGLITE_DIR };
  let database = getDatabase;
  const internal = 'connect ECONNREFUSED 10.1.2.3:5432 password=hunter2';

  beforeAll(() => {
    const url = inject('databaseUrl');
    if (url) process.env.DATABASE_URL = url;
    process.env.PGLITE_DIR = 'memory://';
  });
  afterAll(async () => {
    stopBackgroundJobs();
    await globalThis.__csPortalDb?.then((handle) => handle.close()).catch(() => undefined);
    globalThis.__csPortalDb = undefined;
    for (const [name, value] of [
      ['DATABASE_URL', saved.url],
      ['PGLITE_DIR', saved.pglite],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const healthBody = async () => (await (await health(new Request('http://localhost/api/health'))).json()) as Record<string, unknown>;

  it('a process that runs no jobs (a test, a script) reports none', async () => {
    expect(backgroundJobRuns()).toBeNull();
    expect(await healthBody()).not.toHaveProperty('jobs');
  });

  it('started, before the first run: every job listed, not yet run', async () => {
    startBackgroundJobs(() => database());
    expect((await healthBody()).jobs).toEqual({ smsOutbox: { lastRunAt: null, ok: null }, escalateOverdue: { lastRunAt: null, ok: null } });
  });

  it('after a run: when each ended and that it did its work', async () => {
    const before = Date.now();
    await runBackgroundJobsNow();
    const { jobs } = await healthBody();
    expect(jobs).toEqual({
      smsOutbox: { lastRunAt: expect.any(String), ok: true },
      escalateOverdue: { lastRunAt: expect.any(String), ok: true },
    });
    const ranAt = Date.parse((jobs as { smsOutbox: { lastRunAt: string } }).smsOutbox.lastRunAt);
    expect(ranAt).toBeGreaterThanOrEqual(before);
  });

  it('a failed run is ok: false, without the reason (no address, SQL or secret in the answer)', async () => {
    const quiet = console.warn;
    console.warn = () => undefined;
    database = () => Promise.reject(Object.assign(new Error(internal), { code: 'ECONNREFUSED' }));
    try {
      await runBackgroundJobsNow();
    } finally {
      console.warn = quiet;
    }
    const response = await health(new Request('http://localhost/api/health'));
    const text = await response.text();
    expect(response.status).toBe(200); // the app's own database still answers; a failing job restarts nothing
    expect(JSON.parse(text).jobs).toEqual({
      smsOutbox: { lastRunAt: expect.any(String), ok: false },
      escalateOverdue: { lastRunAt: expect.any(String), ok: false },
    });
    expect(text).not.toMatch(/ECONNREFUSED|10\.1\.2\.3|hunter2/);
  });

  it('stopped (the server shutting down): no new run, and no jobs reported', async () => {
    stopBackgroundJobs();
    startBackgroundJobs(); // a no-op now
    expect(backgroundJobRuns()).toBeNull();
  });
});
