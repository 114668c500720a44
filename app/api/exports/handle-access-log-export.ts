import { errorResponse } from '@/app/api/_http/error-response';
import { readDatabaseOf, type RouteContext } from '@/app/api/_http/route-context';
import { accessLogFilterArgs } from '@/graphql/resolvers/access-log';
import { parseArgs } from '@/graphql/validate';
import { parseInstant } from '@/lib/domain/calendar';
import { kstDateOf } from '@/lib/domain/kst-month';
import { ACCESS_LOG_EXPORT_HEADER, accessLogExportPages } from '@/lib/services/exports/access-log-rows';
import { csvStream } from '@/lib/services/exports/csv-stream';
import { fieldError } from '@/lib/services/core/service-error';
import { csvResponse, recordExport } from './export-http';
import { authorizeSignedIn } from '@/lib/policy/authorize';

const TEXT_PARAMS = ['actorId', 'action', 'subjectType', 'subjectId', 'clientAddress'] as const;
const TIME_PARAMS = ['from', 'to'] as const;

/**
 * GET /api/exports/access-log.csv?actorId=&action=&subjectType=&subjectId=&from=&to=&clientAddress= →
 * the access log under the `accessLog` query's filter (from/to: ISO instants with an offset),
 * newest first, as a streamed CSV (UTF-8 with BOM, times in KST), managers only.
 */
export async function handleAccessLogExport(request: Request, deps: RouteContext): Promise<Response> {
  try {
    const viewer = authorizeSignedIn(deps.viewer, 'Route.exportAccessLog');
    const url = new URL(request.url);
    const given: Record<string, unknown> = {};
    for (const key of TEXT_PARAMS) given[key] = url.searchParams.get(key)?.trim() || undefined;
    for (const key of TIME_PARAMS) {
      const value = url.searchParams.get(key)?.trim();
      if (!value) continue;
      given[key] = parseInstant(value);
      if (!given[key]) throw fieldError('BAD_USER_INPUT', key, 'instantNeedsOffset');
    }
    const filter = parseArgs(accessLogFilterArgs, given);
    await recordExport(deps, { actor: viewer, action: 'EXPORT_ACCESS_LOG', subjectType: 'AccessLog' }, filter);
    const body = csvStream(ACCESS_LOG_EXPORT_HEADER, accessLogExportPages(readDatabaseOf(deps), filter));
    return csvResponse(body, `access-log-${kstDateOf(new Date())}.csv`);
  } catch (error) {
    return errorResponse(error, deps.viewer?.locale);
  }
}
