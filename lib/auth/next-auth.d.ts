import type { Role } from '@/db/schema';

// What our session and token carry beyond next-auth's defaults.
declare module 'next-auth' {
  interface User {
    role: Role;
    operatorId: string | null;
    sessionId: string; // the user_sessions row this sign-in opened
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; operatorId: string | null; sessionId: string };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    operatorId?: string | null;
    sessionId?: string;
  }
}
