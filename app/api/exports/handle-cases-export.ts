import { z } from 'zod';
import { caseFilterSchema } from '@/graphql/case-filter';
import { say } from '@/graphql/input-reason';
import { parseArgs } from '@/graphql/validate';
import { errorResponse } from '@/app/api/_http/error-response';
import { readDatabaseOf, type RouteContext } from '@/app/api/_http/route-context';
import { caseExportPages, CASE_EXPORT_HEADER } from '@/lib/services/exports/case-rows';
import { csvStream } from '@/lib/services/exports/csv-stream';
import { csvResponse, monthParam, recordExport } from './export-http';
import { authorizeSignedIn } from '@/lib/policy/authorize';

// The `cases` query's filter, read from the query string: the month by monthParam, the counted
// omissions as counted=1 (as behind a report figure).
const filterParams = caseFilterSchema.omit({ month: true, countedOmissions: true }).extend({
  counted: z.literal('1', say('countedOnlyOne')).optional(),
});

/**
 * GET /api/exports/cases.csv?month=&lotId=&kind=&status=&plate=&phoneLast4=&customerId=&code=&counted=1 →
 * the matching cases as a streamed CSV (UTF-8 with BOM), one row per case, managers only.
 */
export async function handleCasesExport(request: Request, deps: RouteContext): Promise<Response> {
  try {
    const viewer = authorizeSignedIn(deps.viewer, 'Route.exportCsv');
    const url = new URL(request.url);
    const month = monthParam(url, { required: false });
    const given = Object.fromEntries(
      Object.keys(filterParams.shape).flatMap((key) => {
        const value = url.searchParams.get(key)?.trim();
        return value ? [[key, value]] : [];
      }),
    );
    const { counted, ...rest } = parseArgs(filterParams, given);
    const filter = { ...rest, month, countedOmissions: counted === '1' };
    await recordExport(deps, { actor: viewer, action: 'EXPORT_CASES', subjectType: 'Case' }, filter);
    return csvResponse(csvStream(CASE_EXPORT_HEADER, caseExportPages(readDatabaseOf(deps), viewer, filter)), `cases-${month ?? 'all'}.csv`);
  } catch (error) {
    return errorResponse(error, deps.viewer?.locale);
  }
}
