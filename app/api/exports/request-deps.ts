import { getDatabase } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import type { ExportRouteDeps } from './export-http';

/** The server's database and viewer for one export request. */
export async function exportRouteDeps(): Promise<ExportRouteDeps> {
  const [{ db }, viewer] = await Promise.all([getDatabase(), getViewer()]);
  return { db, viewer };
}
