import { z } from 'zod';
import { recordOnsitePayment } from '@/lib/services/record-onsite-payment';
import { requestPaymentCancellation } from '@/lib/services/request-payment-cancellation';
import type { Resolvers } from '../generated/resolvers-types';
import { fields, parseArgs } from '../validate';
import { creatingRequestMeta, requestMeta, requireViewer } from './viewer-of';

const recordArgs = z.object({ caseId: fields.id, amount: fields.won, paidAt: z.date(), expectedVersion: fields.version });
const cancelArgs = z.object({ onsitePaymentId: fields.id, expectedVersion: fields.version });

/** On-site payments (현장결제) and their receipts. */
export const paymentResolvers: Resolvers = {
  Mutation: {
    recordOnsitePayment: (_parent, args, ctx) => recordOnsitePayment(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), parseArgs(recordArgs, args)),
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
