import { withRouteContext } from '@/app/api/_http/route-context';
import { handleCasesExport } from '../handle-cases-export';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** Streams a CSV export; see handle-cases-export.ts. */
export async function GET(request: Request): Promise<Response> {
  return withRouteContext(request, (context) => handleCasesExport(request, context));
}
