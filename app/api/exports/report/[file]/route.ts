import { withRouteContext } from '@/app/api/_http/route-context';
import { handleReportExport } from '../../handle-report-export';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** Streams one dashboard table as CSV, e.g. /api/exports/report/operators.csv?month=2026-04; see handle-report-export.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  return withRouteContext(request, (context) => handleReportExport(request, file, context));
}
