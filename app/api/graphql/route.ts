import { startServerAndCreateNextHandler } from '@as-integrations/next';
import type { NextRequest } from 'next/server';
import { getDatabase } from '@/db/client';
import { createContext, type GraphQLContext } from '@/graphql/context';
import { unavailableInContext } from '@/graphql/errors';
import { createApolloServer } from '@/graphql/server';
import { getViewer } from '@/lib/auth/viewer';
import { refuseOversizedBody } from '@/lib/http/body-limit';
import { startBackgroundJobs } from '@/lib/services/background-jobs';

const handler = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), {
  context: async (request) => {
    // The outbox drain and the overdue escalation run in the background; started
    // on the first request rather than at import, so `next build` opens no database.
    startBackgroundJobs();
    // A database that is away answers 503 SERVICE_UNAVAILABLE, not "Context creation failed".
    const [{ db }, viewer] = await Promise.all([getDatabase(), getViewer()]).catch((error: unknown) => {
      throw unavailableInContext(error);
    });
    const clientAddress = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null;
    return createContext(db, viewer, clientAddress, request.headers.get('idempotency-key'));
  },
});

export const GET = (request: NextRequest) => handler(request);
export const POST = (request: NextRequest) => refuseOversizedBody(request.headers) ?? handler(request);
