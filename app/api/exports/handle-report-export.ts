import { errorResponse } from '@/app/api/_http/error-response';
import { readDatabaseOf, type RouteContext } from '@/app/api/_http/route-context';
import { isReportExportTable, REPORT_EXPORT_TABLES } from '@/lib/domain/report-exports';
import { csvStream } from '@/lib/services/exports/csv-stream';
import { REPORT_EXPORTS } from '@/lib/services/exports/report-rows/report-tables';
import { ServiceError } from '@/lib/services/core/service-error';
import { csvResponse, monthParam } from './export-http';
import { authorizeSignedIn } from '@/lib/policy/authorize';

/**
 * GET /api/exports/report/<table>.csv?month=YYYY-MM → one table of the manager's dashboard for
 * the month as a streamed CSV (UTF-8 with BOM, numbers bare with the unit in the header),
 * managers only. `file` is the last path segment, e.g. "operators.csv"; an unknown table is a 404.
 */
export async function handleReportExport(request: Request, file: string, deps: RouteContext): Promise<Response> {
  try {
    // Authorised first, so a stranger learns nothing, not even which tables exist.
    const viewer = authorizeSignedIn(deps.viewer, 'Route.exportCsv');
    const table = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : '';
    if (!isReportExportTable(table)) {
      const tables = REPORT_EXPORT_TABLES.map((name) => `${name}.csv`).join(', ');
      throw new ServiceError('NOT_FOUND', { code: 'reportTableUnknown', params: { tables } }, 'table');
    }
    const month = monthParam(new URL(request.url), { required: true })!;
    const report = REPORT_EXPORTS[table];
    const reader = { actor: viewer, meta: { clientAddress: deps.clientAddress ?? null } };
    return csvResponse(
      csvStream(report.header(month), report.pages(readDatabaseOf(deps), reader, month)),
      `${report.fileStem}-${month}.csv`,
    );
  } catch (error) {
    return errorResponse(error, deps.viewer?.locale);
  }
}
