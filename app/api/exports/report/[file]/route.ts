import { errorResponse } from '../../../receipts/receipt-http';
import { handleReportExport } from '../../handle-report-export';
import { exportRouteDeps } from '../../request-deps';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** Streams one dashboard table as CSV, e.g. /api/exports/report/operators.csv?month=2026-04; see handle-report-export.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const deps = await exportRouteDeps(request).catch((error: unknown) => error as Error);
  if (deps instanceof Error) return errorResponse(deps);
  return handleReportExport(request, (await params).file, deps);
}
