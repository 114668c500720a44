import { z } from 'zod';
import { listManagerNotices } from '@/lib/services/reports/list-manager-notices';
import type { Resolvers } from '../generated/resolvers-types';
import { fields, parseArgs } from '../validate';
import { reasonOut, storedReason, textFor } from './reason-fields';
import { requestMeta, requireViewer } from './viewer-of';

const args = z.object({ first: fields.pageSize(100) });

/** Notices for managers: requests escalated past their operator's target. */
export const managerNoticeResolvers: Resolvers = {
  Query: {
    managerNotices: (_parent, input, ctx) =>
      listManagerNotices(ctx.reader, requireViewer(ctx), requestMeta(ctx), parseArgs(args, input).first),
  },
  ManagerNotice: {
    message: (notice, _args, ctx) => textFor(ctx, storedReason(notice.messageCode, notice.messageParams), notice.message),
    reason: (notice) => reasonOut(storedReason(notice.messageCode, notice.messageParams)),
    case: (notice, _args, ctx) => (notice.caseId ? ctx.loaders.caseById.load(notice.caseId) : null),
    lot: (notice, _args, ctx) => (notice.lotId ? ctx.loaders.lot.load(notice.lotId) : null),
  },
};
