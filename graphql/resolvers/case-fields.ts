import { consultationType } from '@/lib/domain/consultation-type';
import { GUIDE_STEP_KEYS, type GuideStepKey } from '@/lib/domain/guide-script';
import { registrationConfirmedSms } from '@/lib/domain/sms-templates';
import { judgeCoupon, type CouponFactsSource } from '@/lib/services/compensation/judge-coupon';
import { renderReason } from '@/lib/i18n/reasons';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { caseVisibleTo, monthSeenBy } from './operator-view';
import { reasonOut, storedReason, textFor } from './reason-fields';

const STEP_KEYS = new Set<string>(GUIDE_STEP_KEYS);

/** A coupon's facts as the viewer may count them: lot staff only their own lots' cases and coupons (domain.md). */
function couponFactsSeenBy(ctx: GraphQLContext): CouponFactsSource {
  return {
    policyVersions: () => ctx.loaders.policyVersions.load('all'),
    customerMonth: async (customerId, month) => monthSeenBy(ctx, await ctx.loaders.customerMonth.load(`${customerId}|${month}`)),
  };
}

/** The fields of a case, each read through a loader so a list of cases stays a few queries. */
export const caseFieldResolvers: Resolvers = {
  Case: {
    // Through caseParties: one statement for all of a page's customers, passes, lots and agents.
    customer: async (row, _args, ctx) => (await ctx.loaders.caseParties.load(row.id)).customer,
    pass: async (row, _args, ctx) => (await ctx.loaders.caseParties.load(row.id)).pass,
    lot: async (row, _args, ctx) => (await ctx.loaders.caseParties.load(row.id)).lot,
    agent: async (row, _args, ctx) => (await ctx.loaders.caseParties.load(row.id)).agent,
    lastActor: async (row, _args, ctx) => (row.lastActorId ? (await ctx.loaders.caseParties.load(row.id)).lastActor : null),
    duplicateOf: async (row, _args, ctx) => {
      if (!row.duplicateOfId) return null;
      const original = await ctx.loaders.caseById.load(row.duplicateOfId);
      // The original may be at another operator's lot (same customer, other pass).
      return (await caseVisibleTo(ctx, original)) ? original : null;
    },
    consultationType: async (row, _args, ctx) => consultationType((await ctx.loaders.caseParties.load(row.id)).lot.integration),
    incidentMonth: (row) => row.incidentMonth,
    couponEligibility: async (row, _args, ctx) => {
      const { eligible, omissionsThisMonth, amount, reason } = await judgeCoupon(couponFactsSeenBy(ctx), row);
      return { eligible, omissionsThisMonth, amount, reason: renderReason(reason, ctx.viewer?.locale) };
    },
    exitRequests: (row, _args, ctx) => ctx.loaders.exitRequestsByCase.load(row.id),
    registrationRequests: (row, _args, ctx) => ctx.loaders.registrationRequestsByCase.load(row.id),
    onsitePayments: (row, _args, ctx) => ctx.loaders.paymentsByCase.load(row.id),
    coupons: (row, _args, ctx) => {
      // Coupon.underEarlierKind reads the coupon's case: this one, already here.
      ctx.loaders.caseById.prime(row.id, row);
      return ctx.loaders.couponsByCase.load(row.id);
    },
    refunds: (row, _args, ctx) => ctx.loaders.refundsByCase.load(row.id),
    timeline: (row, _args, ctx) => ctx.loaders.eventsByCase.load(row.id),
    messages: (row, _args, ctx) => ctx.loaders.messagesByCase.load(row.id),
    smsPreview: async (row, _args, ctx) => {
      const { lot, pass } = await ctx.loaders.caseParties.load(row.id);
      return registrationConfirmedSms({ lotName: lot.name, plate: pass.plate, caseCode: row.code });
    },
  },
  CaseEvent: {
    actor: (event, _args, ctx) => (event.actorId ? ctx.loaders.user.load(event.actorId) : null),
    detail: (event, _args, ctx) =>
      event.detail === null ? null : textFor(ctx, storedReason(event.detailCode, event.detailParams), event.detail),
    reason: (event) => reasonOut(storedReason(event.detailCode, event.detailParams)),
    scriptStep: (event) => (event.scriptStep && STEP_KEYS.has(event.scriptStep) ? (event.scriptStep as GuideStepKey) : null),
  },
};
