import { getReceiptStore } from '@/lib/storage/receipt-store';
import { withRouteContext } from '@/app/api/_http/route-context';
import { handleUpload } from './handle-upload';

/** Uploads a receipt photo or PDF of an on-site payment; see handle-upload.ts. */
export async function POST(request: Request): Promise<Response> {
  return withRouteContext(request, (context) => handleUpload(request, { ...context, store: getReceiptStore() }));
}
