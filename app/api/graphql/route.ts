import { startServerAndCreateNextHandler } from '@as-integrations/next';
import type { NextRequest } from 'next/server';
import { getDatabase } from '@/db/client';
import { createContext, type GraphQLContext } from '@/graphql/context';
import { createApolloServer } from '@/graphql/server';
import { getViewer } from '@/lib/auth/viewer';
import { startBackgroundJobs } from '@/lib/services/background-jobs';

const handler = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), {
  context: async (request) => {
    // The outbox drain and the overdue escalation run in the background; started
    // on the first request rather than at import, so `next build` opens no database.
    startBackgroundJobs();
    const [{ db }, viewer] = await Promise.all([getDatabase(), getViewer()]);
    const clientAddress = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null;
    return createContext(db, viewer, clientAddress);
  },
});

export const GET = (request: NextRequest) => handler(request);
export const POST = (request: NextRequest) => handler(request);
