import { csvStream } from '@/lib/services/exports/csv-stream';
import { repeatOmissionExportPages, REPEAT_OMISSION_EXPORT_HEADER } from '@/lib/services/exports/repeat-omission-rows';
import { authorizedViewer, errorResponse } from '../receipts/receipt-http';
import { csvResponse, monthParam, type ExportRouteDeps } from './export-http';

/** GET /api/exports/repeat-omissions.csv?month=YYYY-MM → the month's per-lot omission report as CSV, managers only. */
export async function handleRepeatOmissionsExport(request: Request, deps: ExportRouteDeps): Promise<Response> {
  try {
    authorizedViewer(deps.viewer, 'Route.exportCsv');
    const month = monthParam(new URL(request.url), { required: true })!;
    return csvResponse(csvStream(REPEAT_OMISSION_EXPORT_HEADER, repeatOmissionExportPages(deps.db, month)), `repeat-omissions-${month}.csv`);
  } catch (error) {
    return errorResponse(error);
  }
}
