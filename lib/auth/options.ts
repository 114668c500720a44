import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDatabase } from '@/db/client';
import { defaultNextAuthUrl } from '@/lib/env';
import { endSession } from '@/lib/services/accounts/resume-session';
import { authorizeCredentials } from './authorize-credentials';
import { authSecret } from './secret';

/** Eight hours: one working shift, then sign in again (the database ends it then too). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

defaultNextAuthUrl();

/** next-auth: email and password, argon2id hashes, a JWT carrying id, role and operator. */
export const authOptions: NextAuthOptions = {
  // Read per request, not at import: `next build` loads this module without a secret.
  get secret() {
    return authSecret();
  },
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
        const { db } = await getDatabase();
        return authorizeCredentials(db, credentials, request?.headers);
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
