import { getDatabase } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { clientAddressOf } from '@/lib/http/client-address';
import type { ExportRouteDeps } from './export-http';

/** The server's database, viewer and the caller's address (for the access log) for one export request. */
export async function exportRouteDeps(request: Request): Promise<ExportRouteDeps> {
  const [{ db }, viewer] = await Promise.all([getDatabase(), getViewer()]);
  return { db, viewer, clientAddress: clientAddressOf(request.headers) };
}
