import { errorResponse } from '../../receipts/receipt-http';
import { handleAccessLogExport } from '../handle-access-log-export';
import { exportRouteDeps } from '../request-deps';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** Streams the access log as CSV; see handle-access-log-export.ts. */
export async function GET(request: Request): Promise<Response> {
  const deps = await exportRouteDeps(request).catch((error: unknown) => error as Error);
  if (deps instanceof Error) return errorResponse(deps);
  return handleAccessLogExport(request, deps);
}
