import { z } from 'zod';
import { REFUND_BASES } from '@/lib/domain/enum-values';
import { maskPhone } from '@/lib/domain/phone';
import { REFUND_PROPOSAL_REASON_MAX } from '@/lib/domain/refund';
import { issueCompensationCoupon } from '@/lib/services/compensation/issue-coupon';
import { proposeRefund } from '@/lib/services/compensation/propose-refund';
import { quoteRefund } from '@/lib/services/compensation/quote-refund';
import type { Resolvers } from '../generated/resolvers-types';
import { say } from '../input-reason';
import { caseStepArgs, fields, parseArgs } from '../validate';
import { caseOf, customerOf, passOf } from './references';
import { creatingRequestMeta, requestMeta, requireViewer } from './viewer-of';

const days = z.number().int(say('daysNotInteger'));
const quoteArgs = z.object({ passId: fields.id, usedDays: days });
const refundArgs = z.object({
  caseId: fields.id,
  basis: z.enum(REFUND_BASES),
  usedDays: days.nullish(),
  amount: fields.won.nullish(),
  expectedVersion: fields.version,
  reason: fields.reason(REFUND_PROPOSAL_REASON_MAX).nullish(),
});

/** Coupons, refunds and the texts that tell the customer about them. */
export const compensationResolvers: Resolvers = {
  Query: {
    refundQuote: (_parent, args, ctx) => {
      const { passId, usedDays } = parseArgs(quoteArgs, args);
      return quoteRefund(ctx.db, requireViewer(ctx), requestMeta(ctx), passId, usedDays);
    },
  },
  Mutation: {
    issueCompensationCoupon: (_parent, args, ctx) =>
      issueCompensationCoupon(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), parseArgs(caseStepArgs, args)),
    proposeRefund: (_parent, args, ctx) => proposeRefund(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), parseArgs(refundArgs, args)),
  },
  Coupon: {
    customer: customerOf,
    case: caseOf,
  },
  Refund: {
    case: caseOf,
    pass: passOf,
  },
  SmsMessage: {
    toMasked: (message) => maskPhone(message.toPhone),
  },
};
