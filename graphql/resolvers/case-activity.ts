import { z } from 'zod';
import { getCaseActivity } from '@/lib/services/cases/get-case-activity';
import type { Resolvers } from '../generated/resolvers-types';
import { fields, parseArgs } from '../validate';
import { requireViewer } from './viewer-of';

/** The agent's page waiting on the lot: the cheap "has the case changed?" and the repeat exit's reason. */
export const caseActivityResolvers: Resolvers = {
  Query: {
    caseActivity: (_parent, args, ctx) => getCaseActivity(ctx.db, requireViewer(ctx), parseArgs(z.object({ id: fields.id }), args).id),
  },
  ExitRequest: {
    // The agent's own words: desk staff only (lib/policy/field-visibility.ts).
    reason: (request) => request.reason ?? null,
  },
};
