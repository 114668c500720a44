import NextAuth from 'next-auth';
import { refuseSignInOverLimit } from '@/lib/auth/sign-in-rate-limit';
import { authOptions } from '@/lib/auth/options';
import { SERVER_SOURCES } from '@/lib/http/request-context';

// next-auth 4 types its app-router handler as any; this is the shape it is called with below.
const handler = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth; a sign-in over its rate limit gets 429 with Retry-After before any password is checked. */
export async function POST(request: Request, context: Context) {
  // Should the database be away, next-auth meets it too and answers the form as it does.
  const refusal = await SERVER_SOURCES.database()
    .then(({ db }) => refuseSignInOverLimit(db, request))
    .catch(() => null);
  return refusal ?? handler(request, context);
}

export { handler as GET };
