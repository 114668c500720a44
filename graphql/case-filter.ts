import { z } from 'zod';
import { CASE_STATUSES, VOC_KINDS } from '@/lib/domain/enum-values';
import { fields } from './validate';

/**
 * The `CaseFilter` input, once: the cases query and the bulk changes read it from GraphQL, the
 * CSV export from the query string (its copy had drifted and lost `code`).
 */
export const caseFilterSchema = z.object({
  // The messages matter on the export's query string; GraphQL refuses a bad enum value before zod runs.
  status: z.enum(CASE_STATUSES, { error: '상태 값이 올바르지 않습니다.' }).nullish(),
  kind: z.enum(VOC_KINDS, { error: 'VOC 유형 값이 올바르지 않습니다.' }).nullish(),
  lotId: fields.id.nullish(),
  customerId: fields.id.nullish(),
  plate: z
    .string()
    .trim()
    .max(20, { error: '20자 이하로 입력해 주세요.' })
    .transform((v) => v.replace(/\s+/g, ''))
    .nullish(),
  month: z.string().nullish(),
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/, { error: '전화번호 뒷자리 4자리 숫자를 입력해 주세요.' })
    .nullish(),
  countedOmissions: z.boolean().nullish(),
  code: z
    .string()
    .trim()
    .max(20)
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9-]*$/, { error: '상담 번호는 영문, 숫자와 -로 입력해 주세요. 예: VOC-260401-000007' }))
    .nullish(),
});
