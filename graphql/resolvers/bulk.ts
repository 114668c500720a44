import { z } from 'zod';
import { getBulkCaseJob } from '@/lib/services/cases/get-bulk-case-job';
import { runBulkCaseJobBatch } from '@/lib/services/cases/run-bulk-case-job-batch';
import { MAX_BULK_NOTE_LENGTH, startBulkCaseJob } from '@/lib/services/cases/start-bulk-case-job';
import { caseFilterSchema } from '../case-filter';
import type { Resolvers } from '../generated/resolvers-types';
import { reasonMessage, say } from '../input-reason';
import { fields, parseArgs } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';

const startArgs = z
  .object({
    filter: caseFilterSchema,
    expectedCount: z.number().int().min(1, say('bulkCountMin')),
    reassignTo: fields.id.nullish(),
    note: fields.text(MAX_BULK_NOTE_LENGTH).nullish(),
  })
  .superRefine((args, ctx) => {
    if (args.reassignTo == null && args.note == null) {
      ctx.addIssue({ code: 'custom', path: ['reassignTo'], message: reasonMessage('bulkPickOne') });
    } else if (args.reassignTo != null && args.note != null) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: reasonMessage('bulkOneAtATime') });
    }
  });
const idArgs = z.object({ id: fields.id });

/** Changes over every case that matches a filter, as a job run in batches. */
export const bulkResolvers: Resolvers = {
  Query: {
    bulkCaseJob: (_parent, args, ctx) => getBulkCaseJob(ctx.db, parseArgs(idArgs, args).id),
  },
  Mutation: {
    startBulkCaseJob: (_parent, args, ctx) => {
      const { filter, expectedCount, reassignTo, note } = parseArgs(startArgs, args);
      const change = reassignTo != null ? { reassignTo } : { note: note ?? '' };
      return startBulkCaseJob(ctx.db, requireViewer(ctx), requestMeta(ctx), { filter, expectedCount, change });
    },
    runBulkCaseJobBatch: (_parent, args, ctx) =>
      runBulkCaseJobBatch(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args).id),
  },
};
