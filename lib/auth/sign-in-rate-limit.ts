import type { Database } from '@/db/client';
import { SIGN_IN_RATE_LIMITED_ERROR } from '@/lib/domain/sign-in-lockout';
import { clientAddressOf } from '@/lib/http/client-address';
import type { ProxyTrust } from '@/lib/http/proxy-trust';
import { configuredRateLimits, type RateLimitSettings } from '@/lib/http/rate-limit-settings';
import { tooManyRequests } from '@/lib/http/too-many-requests';
import { consumeRateLimit } from '@/lib/services/core/rate-limit';

/**
 * The rate limit of sign-in (next-auth's POST /api/auth/callback/credentials), per address and
 * per account (the email as typed, lower-cased), counted in the database across instances:
 * the 429 with Retry-After when over, else null. Beside the lockout (lib/services/accounts/sign-in.ts),
 * which counts failures, this counts every attempt, so even correct guesses cannot be sprayed.
 * The body also carries next-auth's `url` with `?error=`, which the sign-in form words.
 */
export async function refuseSignInOverLimit(
  db: Database,
  request: Request,
  options: { limits?: RateLimitSettings; trust?: ProxyTrust } = {},
): Promise<Response | null> {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/callback/credentials')) return null;
  const limits = options.limits ?? configuredRateLimits();
  const address = clientAddressOf(request.headers, options.trust);
  const email = await emailOf(request);
  const verdict = await consumeRateLimit(
    db,
    [
      ...(address ? [{ key: `sign-in:address:${address}`, limit: limits.signInPerAddress }] : []),
      ...(email ? [{ key: `sign-in:account:${email}`, limit: limits.signInPerAccount }] : []),
    ],
    limits.windowMs,
  );
  if (verdict.allowed) return null;
  const refusal = tooManyRequests(verdict.retryAfterSeconds);
  const body = (await refusal.json()) as Record<string, unknown>;
  const url = new URL(`/login?error=${SIGN_IN_RATE_LIMITED_ERROR}`, request.url).toString();
  return Response.json({ ...body, url }, { status: 429, headers: refusal.headers });
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const email = (await request.clone().formData()).get('email');
    return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}
