import { envValues, proxyConflict, rawEnv, type RawEnv } from '@/lib/env';

/**
 * Which X-Forwarded-For entries the portal believes. `next start` hands route handlers no
 * socket address: it only fills X-Forwarded-For with it when the request has none, so a header
 * the client wrote itself reaches us untouched. An address can therefore be trusted only when a
 * proxy in front appends what it saw: `hops` proxies in a row (the n-th entry from the right is
 * the client), or the proxies' own `addresses` (the first entry from the right that is not one).
 */
export interface ProxyTrust {
  hops: number;
  addresses: readonly string[];
}

/** The proxy setting of TRUSTED_PROXY_HOPS / TRUSTED_PROXIES (checked by lib/env.ts); throws with the reason when malformed. */
export function proxyTrustOf(env: RawEnv = rawEnv()): ProxyTrust {
  const values = envValues(['TRUSTED_PROXY_HOPS', 'TRUSTED_PROXIES'], env);
  const conflict = proxyConflict(values);
  if (conflict) throw new Error(conflict);
  return { hops: values.TRUSTED_PROXY_HOPS, addresses: values.TRUSTED_PROXIES };
}

/** Whether any address can be trusted at all under this setting. */
export function trustsAProxy(trust: ProxyTrust): boolean {
  return trust.hops > 0 || trust.addresses.length > 0;
}

/**
 * Why the proxy setting must not be served, or null when it may: a malformed value anywhere;
 * and in production (NODE_ENV=production with DATABASE_URL) no proxy at all, since then no
 * caller's address is known: no per-address lockout or rate limit, and an access log without
 * addresses. The demo (no DATABASE_URL) may run without one; its addresses stay unknown.
 */
export function proxySettingProblem(env: RawEnv = rawEnv()): string | null {
  let trust: ProxyTrust;
  try {
    trust = proxyTrustOf(env);
  } catch (error) {
    return (error as Error).message;
  }
  const production = env.NODE_ENV === 'production' && Boolean(env.DATABASE_URL);
  if (production && !trustsAProxy(trust)) {
    return 'production needs a proxy in front of `next start` that appends the client address to X-Forwarded-For, and TRUSTED_PROXY_HOPS (usually 1) or TRUSTED_PROXIES naming it';
  }
  return null;
}
