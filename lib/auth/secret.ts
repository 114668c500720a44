import { rawEnv, type RawEnv as Env } from '@/lib/env';
import { ensureDemoSecret, readDemoSecret } from './demo-secret';

// The server's demo secret, read from its file once rather than at every request.
let demoSecretOfServer: string | null = null;
function remember(env: Env, file: string | undefined, secret: string): string {
  if (env === rawEnv() && !file) demoSecretOfServer = secret;
  return secret;
}

/**
 * The secret that signs session tokens: NEXTAUTH_SECRET; else, for the demo (no DATABASE_URL),
 * the random secret `npm run demo` made in .data/auth-secret. There is no built-in secret:
 * a constant in a public repository would let anyone forge or read a session cookie.
 * In development the demo's secret is made on first use; a production server (`next start`)
 * never makes one up, so it refuses to start without NEXTAUTH_SECRET or the demo's file, and
 * with DATABASE_URL it always needs NEXTAUTH_SECRET.
 */
export function authSecret(env: Env = rawEnv(), demoSecretFile?: string): string {
  const configured = env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (env === rawEnv() && !demoSecretFile && demoSecretOfServer) return demoSecretOfServer;
  if (env.DATABASE_URL) throw new Error('NEXTAUTH_SECRET must be set when DATABASE_URL is set');
  const demo = readDemoSecret(demoSecretFile);
  if (demo) return remember(env, demoSecretFile, demo);
  if (env.NODE_ENV === 'production') {
    throw new Error('NEXTAUTH_SECRET must be set in production (the demo makes its own in .data/auth-secret: run `npm run demo`)');
  }
  return remember(env, demoSecretFile, ensureDemoSecret(demoSecretFile).secret);
}
