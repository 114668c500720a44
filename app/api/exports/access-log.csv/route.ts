import { withRouteContext } from '@/app/api/_http/route-context';
import { handleAccessLogExport } from '../handle-access-log-export';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** Streams the access log as CSV; see handle-access-log-export.ts. */
export async function GET(request: Request): Promise<Response> {
  return withRouteContext(request, (context) => handleAccessLogExport(request, context));
}
