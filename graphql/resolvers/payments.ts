import { z } from 'zod';
import { MIN_ONSITE_PAYMENT_WON } from '@/lib/domain/onsite-payment';
import { recordOnsitePayment } from '@/lib/services/payments/record-onsite-payment';
import { requestPaymentCancellation } from '@/lib/services/payments/request-payment-cancellation';
import type { Resolvers } from '../generated/resolvers-types';
import { say } from '../input-reason';
import { fields, parseArgs, WON_MAX } from '../validate';
import { creatingRequestMeta, requestMeta, requireViewer } from './viewer-of';

// Money paid: at least 1 won (lib/domain/onsite-payment.ts); the paid time is judged against the case's incident in the service.
const paidWon = z
  .number(say('wonNotNumber'))
  .int(say('wonNotInteger'))
  .min(MIN_ONSITE_PAYMENT_WON, say('paymentBelowMin'))
  .max(WON_MAX, say('wonTooLarge'));
const recordArgs = z.object({ caseId: fields.id, amount: paidWon, paidAt: z.date(), expectedVersion: fields.version });
const cancelArgs = z.object({ onsitePaymentId: fields.id, expectedVersion: fields.version });

/** On-site payments (현장결제) and their receipts. */
export const paymentResolvers: Resolvers = {
  Mutation: {
    recordOnsitePayment: (_parent, args, ctx) =>
      recordOnsitePayment(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), parseArgs(recordArgs, args)),
    requestPaymentCancellation: (_parent, args, ctx) =>
      requestPaymentCancellation(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(cancelArgs, args)),
  },
  OnsitePayment: {
    hasReceipt: async (payment, _args, ctx) => (await ctx.loaders.receiptsByPayment.load(payment.id)).length > 0,
    receiptUrl: async (payment, _args, ctx) => {
      const [latest] = (await ctx.loaders.receiptsByPayment.load(payment.id)).slice(-1);
      return latest ? `/api/receipts/${latest.id}` : null;
    },
  },
};
