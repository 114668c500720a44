import { sessionIdFromCookie } from '@/lib/auth/session-cookie';
import { withRouteContext } from '@/app/api/_http/route-context';
import { handleEvents } from './handle-events';

// A stream per request, never cached or prerendered.
export const dynamic = 'force-dynamic';

/** The change stream of the operator's queues or of one case; see handle-events.ts. */
export async function GET(request: Request): Promise<Response> {
  return withRouteContext(request, async (context) => handleEvents(request, { ...context, sessionId: await sessionIdFromCookie() }));
}
