/**
 * Runs once when the server starts. Outside demo mode a missing NEXTAUTH_SECRET stops the
 * server here, rather than at the first sign-in. Then our part of a graceful stop is set up.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { requireSecretAtStart } = await import('./lib/auth/require-secret-at-start');
  requireSecretAtStart();
  const { prepareGracefulShutdown } = await import('./lib/http/graceful-shutdown');
  prepareGracefulShutdown();
}
