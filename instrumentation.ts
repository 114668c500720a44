/**
 * Runs once when the server starts. A missing secret, an unsafe proxy setting or a malformed
 * value of the environment stop the server here (lib/http/refuse-unsafe-start.ts), rather than
 * at the first request. Then our part of a graceful stop is set up, and the background jobs
 * start (never while `next build` loads the app: a build opens no database).
 */
export async function register() {
  const { rawEnv, serverEnv } = await import('./lib/env');
  // Read unchecked: the edge runtime stops here, and the start check below names bad values.
  if (rawEnv().NEXT_RUNTIME !== 'nodejs') return;
  const { refuseUnsafeStart } = await import('./lib/http/refuse-unsafe-start');
  refuseUnsafeStart();
  const { prepareGracefulShutdown } = await import('./lib/http/graceful-shutdown');
  prepareGracefulShutdown();
  if (serverEnv().NEXT_PHASE === 'phase-production-build') return;
  const { startBackgroundJobs } = await import('./lib/services/jobs/background-jobs');
  startBackgroundJobs();
}
