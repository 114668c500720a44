import { z } from 'zod';
import { FIRST_RESPONSE_EVENT } from '@/lib/domain/case-events';
import { VOC_KINDS } from '@/lib/domain/enum-values';
import { isMonth } from '@/lib/domain/kst-month';
import { policyInForce } from '@/lib/domain/policy-version';
import { COUPON_KIND, couponUnderEarlierKind } from '@/lib/domain/reclassification';
import { STAFF_REASON_MAX } from '@/lib/domain/staff-reason';
import { addCaseNote } from '@/lib/services/cases/add-case-note';
import { addOutcomeTemplate } from '@/lib/services/cases/add-outcome-template';
import { listOutcomeTemplates } from '@/lib/services/cases/list-outcome-templates';
import { reclassifyCase } from '@/lib/services/cases/reclassify-case';
import { recordFirstResponse } from '@/lib/services/cases/record-first-response';
import { recordIdentityUnconfirmed } from '@/lib/services/cases/record-identity-unconfirmed';
import { unverifiedContacts } from '@/lib/services/reports/unverified-contacts';
import { setOutcomeTemplateActive } from '@/lib/services/cases/set-outcome-template-active';
import { updateOutcomeTemplate } from '@/lib/services/cases/update-outcome-template';
import type { Resolvers } from '../generated/resolvers-types';
import { say } from '../input-reason';
import { caseStepArgs, fields, parseArgs, singleLineText } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';
import { CASE_NOTE_MAX, CASE_RESPONSE_MAX } from '@/lib/domain/case-text-limits';

const reclassifyArgs = caseStepArgs.extend({ kind: z.enum(VOC_KINDS), reason: fields.reason(STAFF_REASON_MAX) });
const noteArgs = caseStepArgs.extend({ text: fields.text(CASE_NOTE_MAX) });
const firstResponseArgs = caseStepArgs.extend({ text: fields.text(CASE_RESPONSE_MAX) });
const templateInput = z.object({
  kind: z
    .enum(VOC_KINDS)
    .nullish()
    .transform((kind) => kind ?? null),
  firstResponse: z.boolean(),
  labelKo: singleLineText(60),
  labelEn: singleLineText(60),
  bodyKo: fields.text(CASE_RESPONSE_MAX),
  bodyEn: fields.text(CASE_RESPONSE_MAX),
  sortOrder: z
    .number()
    .int(say('inputInteger'))
    .min(0, say('inputAtLeast', { min: 0 }))
    .max(10_000, say('inputAtMost', { max: 10_000 })),
});

/** Reclassifying, notes, the first response, an unverified caller, and the outcome templates. */
export const caseCorrectionResolvers: Resolvers = {
  Query: {
    outcomeTemplates: (_parent, args, ctx) => {
      const { includeInactive } = parseArgs(z.object({ includeInactive: z.boolean().nullish() }), args);
      return listOutcomeTemplates(ctx.db, requireViewer(ctx), { includeInactive: includeInactive ?? false });
    },
    unverifiedContacts: async (_parent, args, ctx) => {
      const { month } = parseArgs(z.object({ month: z.string().refine(isMonth, say('inputBadMonth')) }), args);
      const rows = await unverifiedContacts(ctx.reader, month);
      const lots = await Promise.all(rows.map((row) => ctx.loaders.lot.load(row.lotId)));
      return {
        month,
        total: rows.reduce((sum, row) => sum + row.count, 0),
        rows: rows.map((row, index) => ({ lot: lots[index]!, count: row.count })),
      };
    },
  },
  Mutation: {
    reclassifyCase: (_parent, args, ctx) => reclassifyCase(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(reclassifyArgs, args)),
    addCaseNote: (_parent, args, ctx) => addCaseNote(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(noteArgs, args)),
    recordFirstResponse: (_parent, args, ctx) =>
      recordFirstResponse(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(firstResponseArgs, args)),
    recordIdentityUnconfirmed: (_parent, args, ctx) =>
      recordIdentityUnconfirmed(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(caseStepArgs, args)),
    addOutcomeTemplate: (_parent, args, ctx) =>
      addOutcomeTemplate(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(z.object({ input: templateInput }), args).input),
    updateOutcomeTemplate: (_parent, args, ctx) => {
      const { id, input } = parseArgs(z.object({ id: fields.id, input: templateInput }), args);
      return updateOutcomeTemplate(ctx.db, requireViewer(ctx), requestMeta(ctx), id, input);
    },
    setOutcomeTemplateActive: (_parent, args, ctx) => {
      const { id, active } = parseArgs(z.object({ id: fields.id, active: z.boolean() }), args);
      return setOutcomeTemplateActive(ctx.db, requireViewer(ctx), requestMeta(ctx), id, active);
    },
  },
  Case: {
    // The policy versions are loaded once per request (couponEligibility reads them too).
    policyTerms: async (row, _args, ctx) => policyInForce(await ctx.loaders.policyVersions.load('all'), row.incidentAt),
    firstResponseAt: async (row, _args, ctx) => {
      const events = await ctx.loaders.eventsByCase.load(row.id);
      return events.find((event) => event.type === FIRST_RESPONSE_EVENT)?.at ?? null;
    },
    identityUnconfirmedAt: (row) => row.identityUnconfirmedAt,
  },
  Coupon: {
    issuedUnderKind: () => COUPON_KIND,
    underEarlierKind: async (coupon, _args, ctx) => couponUnderEarlierKind((await ctx.loaders.caseById.load(coupon.caseId)).kind),
  },
  OutcomeTemplate: {
    updatedBy: (template, _args, ctx) => (template.updatedById ? ctx.loaders.user.load(template.updatedById) : null),
  },
};
