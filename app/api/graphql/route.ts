import type { NextRequest } from 'next/server';
import { getDatabase } from '@/db/client';
import { createGraphQLRoute } from '@/graphql/http-handler';
import { getViewer } from '@/lib/auth/viewer';
import { startBackgroundJobs } from '@/lib/services/jobs/background-jobs';

const route = createGraphQLRoute({
  database: getDatabase,
  viewer: getViewer,
  // The outbox drain and the overdue escalation run in the background; started on the first
  // request rather than at import, so `next build` opens no database.
  beforeRequest: startBackgroundJobs,
});

export const GET = (request: NextRequest) => route.GET(request);
export const POST = (request: NextRequest) => route.POST(request);
