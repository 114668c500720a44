import { withRouteContext } from '@/app/api/_http/route-context';
import { handleReportExport } from '../handle-report-export';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** The per-lot table under its first address: an alias of /api/exports/report/lots.csv. */
export async function GET(request: Request): Promise<Response> {
  return withRouteContext(request, (context) => handleReportExport(request, 'lots.csv', context));
}
