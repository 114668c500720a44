import { NO_STORE } from '@/app/api/_http/error-response';
import type { RouteContext } from '@/app/api/_http/route-context';
import { maskedFilter } from '@/lib/domain/access-log';
import { recordRead, type ReadEntry } from '@/lib/services/audit/record-read';
import { isMonth } from '@/lib/domain/kst-month';
import { fieldError } from '@/lib/services/core/service-error';

/** A month query parameter "YYYY-MM"; absent is null when optional, else a 400 naming month. */
export function monthParam(url: URL, { required }: { required: boolean }): string | null {
  const value = url.searchParams.get('month')?.trim() || null;
  if (value === null && !required) return null;
  if (value === null || !isMonth(value)) throw fieldError('BAD_USER_INPUT', 'month', 'monthFormat');
  return value;
}

/** A streamed CSV download under an ASCII file name; never cached, never sniffed. */
export function csvResponse(body: ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      ...NO_STORE,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * Logs a filtered export with its filter (masked) before a byte is sent: an export the log
 * cannot record is not made.
 */
export function recordExport(
  deps: RouteContext,
  entry: Pick<ReadEntry, 'actor' | 'action' | 'subjectType'>,
  filter: Readonly<Record<string, unknown>>,
): Promise<void> {
  return recordRead(deps.db, { ...entry, meta: { clientAddress: deps.clientAddress ?? null }, detail: { filter: maskedFilter(filter) } });
}
