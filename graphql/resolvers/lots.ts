import { operatorInScope } from '@/lib/policy/scope';
import { listLots } from '@/lib/services/master-data/list-lots';
import type { Resolvers } from '../generated/resolvers-types';
import { requireViewer } from './viewer-of';

/** Parking lots and their operators. */
export const lotResolvers: Resolvers = {
  Query: {
    lots: (_parent, _args, ctx) => listLots(ctx.db, requireViewer(ctx)),
  },
  ParkingLot: {
    operator: (lot, _args, ctx) => ctx.loaders.operatorOfLot(lot),
  },
  Operator: {
    lots: async (operator, _args, ctx) => {
      // Operator staff see the lots of their own operator only.
      if (!operatorInScope(requireViewer(ctx), operator.id)) return [];
      return ctx.loaders.lotsByOperator.load(operator.id);
    },
  },
};
