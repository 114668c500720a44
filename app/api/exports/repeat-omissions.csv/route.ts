import { errorResponse } from '../../receipts/receipt-http';
import { handleRepeatOmissionsExport } from '../handle-repeat-omissions-export';
import { exportRouteDeps } from '../request-deps';

// Read per request: the export is live data for a signed-in manager.
export const dynamic = 'force-dynamic';

/** Streams a CSV export; see handle-repeat-omissions-export.ts. */
export async function GET(request: Request): Promise<Response> {
  const deps = await exportRouteDeps(request).catch((error: unknown) => error as Error);
  if (deps instanceof Error) return errorResponse(deps);
  return handleRepeatOmissionsExport(request, deps);
}
