import type { NextRequest } from 'next/server';
import { createGraphQLRoute } from '@/graphql/http-handler';

// The server's database and viewer (lib/http/request-context.ts); the background jobs start
// with the server (instrumentation.ts), not here.
const route = createGraphQLRoute();

export const GET = (request: NextRequest) => route.GET(request);
export const POST = (request: NextRequest) => route.POST(request);
