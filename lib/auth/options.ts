import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDatabase } from '@/db/client';
import { verifyCredentials } from '@/lib/services/verify-credentials';
import { authSecret } from './secret';

/** Eight hours: one working shift, then sign in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const { db } = await getDatabase();
        const user = await verifyCredentials(db, credentials.email, credentials.password);
        if (!user) return null;
        return { id: user.id, name: user.name, email: user.email, role: user.role, operatorId: user.operatorId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.operatorId = user.operatorId;
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
        };
      }
      return session;
    },
  },
};
