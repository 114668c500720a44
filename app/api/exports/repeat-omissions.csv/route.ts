import { errorResponse } from '../../receipts/receipt-http';
import { handleReportExport } from '../handle-report-export';
import { exportRouteDeps } from '../request-deps';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** The per-lot table under its first address: an alias of /api/exports/report/lots.csv. */
export async function GET(request: Request): Promise<Response> {
  const deps = await exportRouteDeps(request).catch((error: unknown) => error as Error);
  if (deps instanceof Error) return errorResponse(deps);
  return handleReportExport(request, 'lots.csv', deps);
}
