import { z } from 'zod';
import { CASE_STATUSES, VOC_KINDS } from '@/lib/domain/enum-values';
import { say } from './input-reason';
import { atMost, fields } from './validate';

/**
 * The `CaseFilter` input, once: the cases query and the bulk changes read it from GraphQL, the
 * CSV export from the query string (its copy had drifted and lost `code`).
 */
export const caseFilterSchema = z.object({
  // The messages matter on the export's query string; GraphQL refuses a bad enum value before zod runs.
  status: z.enum(CASE_STATUSES, say('statusInvalid')).nullish(),
  kind: z.enum(VOC_KINDS, say('kindInvalid')).nullish(),
  lotId: fields.id.nullish(),
  customerId: fields.id.nullish(),
  plate: z
    .string()
    .trim()
    .max(20, atMost(20))
    .transform((v) => v.replace(/\s+/g, ''))
    .nullish(),
  month: z.string().nullish(),
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/, say('phoneLastFourDigits'))
    .nullish(),
  countedOmissions: z.boolean().nullish(),
  code: z
    .string()
    .trim()
    .max(20)
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9-]*$/, say('caseCodeFormat')))
    .nullish(),
});
