import { z } from 'zod';
import { kstDateOf } from '@/lib/domain/kst-month';
import { REFUND_REJECT_REASON_MAX } from '@/lib/domain/refund';
import { addPolicyVersion } from '@/lib/services/compensation/add-policy-version';
import { decideRefund } from '@/lib/services/compensation/decide-refund';
import { listPolicyVersions } from '@/lib/services/compensation/list-policy-versions';
import { listRefundApprovals } from '@/lib/services/compensation/list-refund-approvals';
import { listResponseTargets } from '@/lib/services/reports/list-response-targets';
import { listUsers } from '@/lib/services/accounts/list-users';
import { setResponseTargets } from '@/lib/services/reports/set-response-targets';
import { setUserActive } from '@/lib/services/accounts/set-user-active';
import type { Resolvers } from '../generated/resolvers-types';
import { say } from '../input-reason';
import { atMost, fields, parseArgs } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';

// `what` picks the setting's name in the catalog sentence (countMin and its kin).
const count = (min: number, max: number, what: 'repeatThreshold' | 'couponsPerMonth' | 'targetMinutes') =>
  z.number().int(say('countNotInteger', { what })).min(min, say('countMin', { what, min })).max(max, say('countMax', { what, max }));

const decideArgs = z.object({
  id: fields.id,
  approve: z.boolean(),
  reason: z.string().trim().max(REFUND_REJECT_REASON_MAX, atMost(REFUND_REJECT_REASON_MAX)).nullish(),
});

const policyArgs = z.object({
  input: z.object({
    effectiveFrom: z.string(),
    couponAmount: fields.won,
    repeatThreshold: count(1, 31, 'repeatThreshold'),
    couponsPerMonth: count(0, 31, 'couponsPerMonth'),
    note: z.string().trim().max(200, atMost(200)).nullish(),
  }),
});

const userActiveArgs = z.object({ id: fields.id, active: z.boolean() });

// Up to 30 days: beyond that a target measures nothing.
const minutes = count(1, 30 * 24 * 60, 'targetMinutes');
const targetArgs = z.object({ operatorId: fields.id, exitAckMinutes: minutes, registrationConfirmMinutes: minutes });

/** A manager's administration: refund approvals, policy versions, accounts, response targets. */
export const administrationResolvers: Resolvers = {
  Query: {
    refundApprovals: (_parent, _args, ctx) => listRefundApprovals(ctx.db, requireViewer(ctx), requestMeta(ctx)),
    policyVersions: (_parent, _args, ctx) => listPolicyVersions(ctx.db),
    users: (_parent, _args, ctx) => listUsers(ctx.db),
    responseTargets: (_parent, _args, ctx) => listResponseTargets(ctx.db),
  },
  Mutation: {
    decideRefund: (_parent, args, ctx) => {
      const { reason, ...rest } = parseArgs(decideArgs, args);
      return decideRefund(ctx.db, requireViewer(ctx), requestMeta(ctx), { ...rest, reason: reason || null });
    },
    addPolicyVersion: (_parent, args, ctx) => {
      const { input } = parseArgs(policyArgs, args);
      return addPolicyVersion(ctx.db, requireViewer(ctx), requestMeta(ctx), input);
    },
    setUserActive: (_parent, args, ctx) => setUserActive(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(userActiveArgs, args)),
    setResponseTargets: (_parent, args, ctx) =>
      setResponseTargets(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(targetArgs, args)),
  },
  Refund: {
    proposedBy: (refund, _args, ctx) => (refund.proposedById ? ctx.loaders.user.load(refund.proposedById) : null),
    decidedBy: (refund, _args, ctx) => (refund.decidedById ? ctx.loaders.user.load(refund.decidedById) : null),
  },
  PolicyVersion: {
    effectiveFrom: (version) => kstDateOf(version.effectiveFrom),
    createdBy: (version, _args, ctx) => (version.createdById ? ctx.loaders.user.load(version.createdById) : null),
  },
};
