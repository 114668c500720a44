import { z } from 'zod';
import { CANCELLATION_REJECT_REASON_MAX, CANCELLATION_STATUSES, isCancellationOverdue } from '@/lib/domain/payment-cancellation';
import { listPaymentCancellations } from '@/lib/services/payments/list-payment-cancellations';
import { paymentCancellationFigures } from '@/lib/services/payments/payment-cancellation-figures';
import { completePaymentCancellation, rejectPaymentCancellation } from '@/lib/services/payments/settle-payment-cancellation';
import { takePaymentCancellation } from '@/lib/services/payments/take-payment-cancellation';
import type { Resolvers } from '../generated/resolvers-types';
import { fields, parseArgs } from '../validate';
import { caseOf } from './references';
import { requestMeta, requireViewer } from './viewer-of';

const listArgs = z.object({
  statuses: z.array(z.enum(CANCELLATION_STATUSES)).max(CANCELLATION_STATUSES.length).nullish(),
  first: fields.pageSize(200),
});
const idArgs = z.object({ id: fields.id });
const rejectArgs = z.object({ id: fields.id, reason: fields.reason(CANCELLATION_REJECT_REASON_MAX) });

/** The managers' queue of on-site payment cancellations, and its moves. */
export const cancellationResolvers: Resolvers = {
  Query: {
    paymentCancellations: (_parent, args, ctx) => listPaymentCancellations(ctx.db, parseArgs(listArgs, args)),
    paymentCancellationFigures: (_parent, _args, ctx) => paymentCancellationFigures(ctx.db),
  },
  Mutation: {
    takePaymentCancellation: (_parent, args, ctx) =>
      takePaymentCancellation(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args)),
    completePaymentCancellation: (_parent, args, ctx) =>
      completePaymentCancellation(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args)),
    rejectPaymentCancellation: (_parent, args, ctx) =>
      rejectPaymentCancellation(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(rejectArgs, args)),
  },
  PaymentCancellation: {
    overdue: (item) => isCancellationOverdue(item, new Date()),
    // rejectReason, owner and resolvedBy are the desk's (lib/policy/field-visibility.ts).
    owner: (item, _args, ctx) => (item.ownerId ? ctx.loaders.user.load(item.ownerId) : null),
    resolvedBy: (item, _args, ctx) => (item.resolvedById ? ctx.loaders.user.load(item.resolvedById) : null),
    case: caseOf,
    // Through the case's payments: one statement for a page of them, receipts included.
    payment: async (item, _args, ctx) => {
      const payment = (await ctx.loaders.paymentsByCase.load(item.caseId)).find((row) => row.id === item.onsitePaymentId);
      if (!payment) throw new Error('cancellation without its payment');
      return payment;
    },
  },
  OnsitePayment: {
    cancellation: async (payment, _args, ctx) =>
      (await ctx.loaders.cancellationsByCase.load(payment.caseId)).find((item) => item.onsitePaymentId === payment.id) ?? null,
  },
};
