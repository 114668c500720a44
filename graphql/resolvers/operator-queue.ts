import { z } from 'zod';
import { REQUEST_STATUSES } from '@/lib/domain/enum-values';
import { dueAt, isOverdue } from '@/lib/domain/response-targets';
import { STAFF_REASON_MAX } from '@/lib/domain/staff-reason';
import { acknowledgeExit } from '@/lib/services/requests/acknowledge-exit';
import { acknowledgeRegistration } from '@/lib/services/requests/acknowledge-registration';
import { confirmRegistration } from '@/lib/services/requests/confirm-registration';
import { listExitQueue, listRegistrationQueue } from '@/lib/services/requests/list-request-queues';
import { rejectRegistration } from '@/lib/services/requests/reject-registration';
import { undoAcknowledgeExit, undoAcknowledgeRegistration } from '@/lib/services/requests/undo-acknowledgement';
import type { Resolvers } from '../generated/resolvers-types';
import type { GraphQLContext } from '../context';
import { fields, parseArgs } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';

const queueArgs = z.object({ status: z.enum(REQUEST_STATUSES).nullish() });
const idArgs = z.object({ id: fields.id });
const rejectArgs = z.object({ id: fields.id, reason: fields.reason(STAFF_REASON_MAX) });

async function targetsOf(ctx: GraphQLContext, lotId: string) {
  const lot = await ctx.loaders.lot.load(lotId);
  return ctx.loaders.responseTargets.load(lot.operatorId);
}

/** The operator's queues and actions; the requests' SLA fields for every role. */
export const operatorQueueResolvers: Resolvers = {
  Query: {
    exitRequestQueue: (_parent, args, ctx) =>
      listExitQueue(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(queueArgs, args).status),
    registrationQueue: (_parent, args, ctx) =>
      listRegistrationQueue(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(queueArgs, args).status),
    serverTime: () => new Date(),
  },
  Mutation: {
    acknowledgeExit: (_parent, args, ctx) => acknowledgeExit(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args).id),
    acknowledgeRegistration: (_parent, args, ctx) =>
      acknowledgeRegistration(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args).id),
    confirmRegistration: (_parent, args, ctx) =>
      confirmRegistration(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args).id),
    rejectRegistration: (_parent, args, ctx) =>
      rejectRegistration(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(rejectArgs, args)),
    undoAcknowledgeExit: (_parent, args, ctx) =>
      undoAcknowledgeExit(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args).id),
    undoAcknowledgeRegistration: (_parent, args, ctx) =>
      undoAcknowledgeRegistration(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(idArgs, args).id),
  },
  ExitRequest: {
    customer: async (request, _args, ctx) => ctx.loaders.customer.load((await ctx.loaders.caseById.load(request.caseId)).customerId),
    plate: async (request, _args, ctx) => (await ctx.loaders.pass.load((await ctx.loaders.caseById.load(request.caseId)).passId)).plate,
    dueAt: async (request, _args, ctx) => dueAt('EXIT', request.requestedAt, await targetsOf(ctx, request.lotId)),
    overdue: async (request, _args, ctx) =>
      isOverdue({ status: request.status, dueAt: dueAt('EXIT', request.requestedAt, await targetsOf(ctx, request.lotId)) }, new Date()),
  },
  RegistrationRequest: {
    customer: async (request, _args, ctx) => ctx.loaders.customer.load((await ctx.loaders.pass.load(request.passId)).customerId),
    dueAt: async (request, _args, ctx) => dueAt('REGISTRATION', request.requestedAt, await targetsOf(ctx, request.lotId)),
    overdue: async (request, _args, ctx) =>
      isOverdue(
        { status: request.status, dueAt: dueAt('REGISTRATION', request.requestedAt, await targetsOf(ctx, request.lotId)) },
        new Date(),
      ),
  },
};
