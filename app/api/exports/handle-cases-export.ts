import { z } from 'zod';
import { fields, parseArgs } from '@/graphql/validate';
import { maskedFilter } from '@/lib/domain/access-log';
import { caseExportPages, CASE_EXPORT_HEADER } from '@/lib/services/exports/case-rows';
import { csvStream } from '@/lib/services/exports/csv-stream';
import { recordRead } from '@/lib/services/audit/record-read';
import { authorizeSignedIn } from '@/lib/policy/authorize';
import { errorResponse } from '../receipts/receipt-http';
import { csvResponse, monthParam, type ExportRouteDeps } from './export-http';

// The `cases` query's filter (graphql/resolvers/cases.ts), read from the query string.
const filterParams = z.object({
  status: z.enum(['OPEN', 'WAITING_ON_OPERATOR', 'RESOLVED'], { error: '상태 값이 올바르지 않습니다.' }).optional(),
  kind: z.enum(['OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM'], { error: 'VOC 유형 값이 올바르지 않습니다.' }).optional(),
  lotId: fields.id.optional(),
  customerId: fields.id.optional(),
  plate: z.string().trim().max(20, { error: '20자 이하로 입력해 주세요.' }).transform((v) => v.replace(/\s+/g, '')).optional(),
  phoneLast4: z.string().regex(/^\d{4}$/, { error: '전화번호 뒷자리 4자리 숫자를 입력해 주세요.' }).optional(),
  // counted=1: only the cases that count as omissions, as behind a report figure.
  counted: z.literal('1', { error: 'counted는 1만 쓸 수 있습니다.' }).optional(),
});

/**
 * GET /api/exports/cases.csv?month=&lotId=&kind=&status=&plate=&phoneLast4=&customerId=&counted=1 →
 * the matching cases as a streamed CSV (UTF-8 with BOM), one row per case, managers only.
 */
export async function handleCasesExport(request: Request, deps: ExportRouteDeps): Promise<Response> {
  try {
    const viewer = authorizeSignedIn(deps.viewer, 'Route.exportCsv');
    const url = new URL(request.url);
    const month = monthParam(url, { required: false });
    const given = Object.fromEntries(Object.keys(filterParams.shape).flatMap((key) => {
      const value = url.searchParams.get(key)?.trim();
      return value ? [[key, value]] : [];
    }));
    const { counted, ...rest } = parseArgs(filterParams, given);
    const filter = { ...rest, month, countedOmissions: counted === '1' };
    // Logged before a byte is sent: an export the log cannot record is not made.
    const meta = { clientAddress: deps.clientAddress ?? null };
    await recordRead(deps.db, { actor: viewer, meta, action: 'EXPORT_CASES', subjectType: 'Case', detail: { filter: maskedFilter(filter) } });
    return csvResponse(csvStream(CASE_EXPORT_HEADER, caseExportPages(deps.db, viewer, filter)), `cases-${month ?? 'all'}.csv`);
  } catch (error) {
    return errorResponse(error);
  }
}
