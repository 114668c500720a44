import type { Database } from '@/db/client';
import { SIGN_IN_LOCKED_ERROR } from '@/lib/domain/sign-in-lockout';
import { clientAddressOf } from '@/lib/http/client-address';
import type { ProxyTrust } from '@/lib/http/proxy-trust';
import { signIn } from '@/lib/services/accounts/sign-in';

/** The user next-auth puts in the session token. */
export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: 'AGENT' | 'OPERATOR' | 'MANAGER';
  operatorId: string | null;
  sessionId: string;
}

/**
 * next-auth's credentials check: the address from the one helper (client-address.ts), so a
 * forged X-Forwarded-For neither escapes the per-address lockout nor reaches the records;
 * a locked sign-in throws the code the sign-in form words.
 */
export async function authorizeCredentials(
  db: Database,
  credentials: { email?: string; password?: string } | undefined,
  headers: Headers | Record<string, unknown> | undefined,
  trust?: ProxyTrust,
): Promise<SignedInUser | null> {
  if (!credentials?.email || !credentials.password) return null;
  const clientAddress = clientAddressOf(headers, trust);
  const result = await signIn(db, { email: credentials.email, password: credentials.password, clientAddress });
  if (result.outcome === 'LOCKED') throw new Error(SIGN_IN_LOCKED_ERROR);
  if (result.outcome === 'FAILED') return null;
  const { user, sessionId } = result;
  return { id: user.id, name: user.name, email: user.email, role: user.role, operatorId: user.operatorId, sessionId };
}
