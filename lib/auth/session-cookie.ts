import { getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { authSecret } from './secret';

/**
 * The database session id the request's next-auth cookie carries, or null. Only decrypts the
 * cookie (chunked or not, expiry checked): getServerSession would also run the callbacks and
 * encrypt a fresh token on every call, a third of an API request's CPU at load, and the
 * database session (resumeSession) is the real check anyway. No Authorization header: the
 * portal signs in with the cookie only.
 */
export async function sessionIdFromCookie(): Promise<string | null> {
  const token = await getToken({ req: { cookies: await cookies(), headers: new Headers() } as never, secret: authSecret() });
  return typeof token?.sessionId === 'string' && token.sessionId ? token.sessionId : null;
}
