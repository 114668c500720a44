import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDatabase } from '@/db/client';
import { SIGN_IN_LOCKED_ERROR } from '@/lib/domain/sign-in-lockout';
import { endSession } from '@/lib/services/resume-session';
import { signIn } from '@/lib/services/sign-in';
import { authSecret } from './secret';

/** Eight hours: one working shift, then sign in again (the database ends it then too). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The first address of X-Forwarded-For, as the proxy in front of the app reports the client. */
function clientAddressOf(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return first || null;
}

// next-auth v4 builds its callback URLs from NEXTAUTH_URL; default it to this server.
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

/** next-auth: email and password, argon2id hashes, a JWT carrying id, role and operator. */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: '이메일',
      credentials: {
        email: { label: '이메일', type: 'email' },
        password: { label: '비밀번호', type: 'password' },
      },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const { db } = await getDatabase();
        const result = await signIn(db, { email: credentials.email, password: credentials.password, clientAddress: clientAddressOf(request?.headers) });
        if (result.outcome === 'LOCKED') throw new Error(SIGN_IN_LOCKED_ERROR);
        if (result.outcome === 'FAILED') return null;
        const { user, sessionId } = result;
        return { id: user.id, name: user.name, email: user.email, role: user.role, operatorId: user.operatorId, sessionId };
      },
    }),
  ],
  events: {
    // Signing out ends the session in the database too, so a copied cookie dies with it.
    async signOut({ token }) {
      if (!token.sessionId) return;
      const { db } = await getDatabase();
      await endSession(db, token.sessionId);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.operatorId = user.operatorId;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) {
        session.user = {
          id: token.sub,
          name: session.user?.name ?? '',
          email: session.user?.email ?? '',
          role: token.role,
          operatorId: token.operatorId ?? null,
          sessionId: token.sessionId ?? '',
        };
      }
      return session;
    },
  },
};
