import { isIP } from 'node:net';

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

const MAX_HOPS = 10;

/** The proxy setting of TRUSTED_PROXY_HOPS / TRUSTED_PROXIES; throws with the reason when malformed. */
export function proxyTrustOf(env: Record<string, string | undefined> = process.env): ProxyTrust {
  const hopsText = env.TRUSTED_PROXY_HOPS?.trim() ?? '';
  if (hopsText !== '' && !/^\d{1,2}$/.test(hopsText)) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_HOPS}, not "${hopsText}"`);
  const hops = hopsText === '' ? 0 : Number(hopsText);
  if (hops > MAX_HOPS) throw new Error(`TRUSTED_PROXY_HOPS must be at most ${MAX_HOPS}`);
  const addresses = (env.TRUSTED_PROXIES ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const wrong = addresses.find((a) => isIP(a) === 0);
  if (wrong) throw new Error(`TRUSTED_PROXIES must list IP addresses separated by commas; "${wrong}" is not one`);
  if (hops > 0 && addresses.length > 0) throw new Error('set TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, not both');
  return { hops, addresses };
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
export function proxySettingProblem(env: Record<string, string | undefined> = process.env): string | null {
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
