import { handleUpload } from './handle-upload';
import { errorResponse } from './receipt-http';
import { receiptRouteDeps } from './request-deps';

/** Uploads a receipt photo or PDF of an on-site payment; see handle-upload.ts. */
export async function POST(request: Request): Promise<Response> {
  const deps = await receiptRouteDeps(request).catch((error: unknown) => error as Error);
  if (deps instanceof Error) return errorResponse(deps);
  return handleUpload(request, deps);
}
