/**
 * Runs once when the server starts. A missing secret, an unsafe proxy setting or malformed
 * rate limits stop the server here (lib/http/refuse-unsafe-start.ts), rather than at the
 * first request. Then our part of a graceful stop is set up.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseUnsafeStart } = await import('./lib/http/refuse-unsafe-start');
  refuseUnsafeStart();
  const { prepareGracefulShutdown } = await import('./lib/http/graceful-shutdown');
  prepareGracefulShutdown();
}
