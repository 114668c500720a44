import { z } from 'zod';
import { maskPhone } from '@/lib/domain/phone';
import { refundableAmount } from '@/lib/domain/refund';
import { isScoped, lotInScope } from '@/lib/policy/scope';
import { searchPasses } from '@/lib/services/master-data/search-passes';
import type { Resolvers } from '../generated/resolvers-types';
import { say } from '../input-reason';
import { atMost, parseArgs } from '../validate';
import { customerOf, lotOf } from './references';
import { requestMeta, requireViewer } from './viewer-of';

const searchArgs = z.object({
  plate: z.string().trim().max(20, atMost(20)).nullish(),
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/, say('phoneLastFourDigits'))
    .nullish(),
});

/** Passes and the customers who hold them. */
export const passResolvers: Resolvers = {
  Query: {
    searchPasses: (_parent, args, ctx) => {
      const query = parseArgs(searchArgs, args);
      return searchPasses(ctx.reader, requireViewer(ctx), requestMeta(ctx), {
        plate: query.plate?.replace(/\s+/g, ''),
        phoneLast4: query.phoneLast4,
      });
    },
  },
  Pass: {
    customer: customerOf,
    lot: lotOf,
    // Desk staff only (lib/policy/field-visibility.ts). A refunded pass takes no new refund
    // (proposeRefund refuses it), so nothing is refundable on it.
    refundableAmount: (pass) => (pass.status === 'REFUNDED' ? 0 : refundableAmount(pass.amountPaid, pass.refundsHeld)),
  },
  Customer: {
    phoneMasked: (customer) => maskPhone(customer.phone),
    passes: async (customer, _args, ctx) => {
      const passes = await ctx.loaders.passesByCustomer.load(customer.id);
      if (!isScoped(ctx.viewer)) return passes;
      const lots = await ctx.loaders.lot.loadMany(passes.map((pass) => pass.lotId));
      return passes.filter((_pass, i) => {
        const lot = lots[i];
        return lot && !(lot instanceof Error) && lotInScope(ctx.viewer, lot);
      });
    },
  },
};
