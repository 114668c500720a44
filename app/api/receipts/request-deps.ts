import { getDatabase } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { clientAddressOf } from '@/lib/http/client-address';
import { getReceiptStore } from '@/lib/storage/receipt-store';
import type { ReceiptRouteDeps } from './receipt-http';

/** The server's database, receipt store and viewer for one receipt request. */
export async function receiptRouteDeps(request: Request): Promise<ReceiptRouteDeps> {
  const [{ db }, viewer] = await Promise.all([getDatabase(), getViewer()]);
  return { db, store: getReceiptStore(), viewer, clientAddress: clientAddressOf(request.headers) };
}
