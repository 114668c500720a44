import { z } from 'zod';
import { bulkReassignCases } from '@/lib/services/bulk-reassign-cases';
import type { Resolvers } from '../generated/resolvers-types';
import { fields, parseArgs } from '../validate';
import { caseFilterArgs } from './cases';
import { requestMeta, requireViewer } from './viewer-of';

const reassignArgs = z.object({
  filter: caseFilterArgs,
  agentId: fields.id,
  expectedCount: z.number().int().min(1, { error: '바꿀 상담이 1건 이상이어야 합니다.' }),
});

/** Changes over every case that matches a filter. */
export const bulkResolvers: Resolvers = {
  Mutation: {
    bulkReassignCases: (_parent, args, ctx) => {
      const { filter, agentId, expectedCount } = parseArgs(reassignArgs, args);
      return bulkReassignCases(ctx.db, requireViewer(ctx), requestMeta(ctx), { filter, agentId, expectedCount });
    },
  },
};
