import { handleDownload } from '../handle-download';
import { errorResponse } from '../receipt-http';
import { receiptRouteDeps } from '../request-deps';

/** Serves one receipt to the desk (agents, managers); see handle-download.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const deps = await receiptRouteDeps(request).catch((error: unknown) => error as Error);
  if (deps instanceof Error) return errorResponse(deps);
  return handleDownload((await params).id, deps);
}
