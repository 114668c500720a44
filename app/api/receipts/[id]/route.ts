import { getReceiptStore } from '@/lib/storage/receipt-store';
import { withRouteContext } from '@/app/api/_http/route-context';
import { handleDownload } from '../handle-download';

/** Serves one receipt to the desk (agents, managers); see handle-download.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return withRouteContext(request, (context) => handleDownload(id, { ...context, store: getReceiptStore() }));
}
