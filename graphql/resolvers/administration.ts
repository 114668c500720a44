import { z } from 'zod';
import { kstDateOf } from '@/lib/domain/kst-month';
import { addPolicyVersion } from '@/lib/services/compensation/add-policy-version';
import { decideRefund } from '@/lib/services/compensation/decide-refund';
import { listPolicyVersions } from '@/lib/services/compensation/list-policy-versions';
import { listRefundApprovals } from '@/lib/services/compensation/list-refund-approvals';
import { listResponseTargets } from '@/lib/services/reports/list-response-targets';
import { listUsers } from '@/lib/services/accounts/list-users';
import { setResponseTargets } from '@/lib/services/reports/set-response-targets';
import { setUserActive } from '@/lib/services/accounts/set-user-active';
import type { Resolvers } from '../generated/resolvers-types';
import { fields, parseArgs } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';

const count = (min: number, max: number, what: string) =>
  z
    .number()
    .int({ error: `${what}은(는) 정수여야 합니다.` })
    .min(min, { error: `${what}은(는) ${min} 이상이어야 합니다.` })
    .max(max, { error: `${what}은(는) ${max} 이하여야 합니다.` });

const decideArgs = z.object({
  id: fields.id,
  approve: z.boolean(),
  reason: z.string().trim().max(500, { error: '500자 이하로 입력해 주세요.' }).nullish(),
});

const policyArgs = z.object({
  input: z.object({
    effectiveFrom: z.string(),
    couponAmount: fields.won,
    repeatThreshold: count(1, 31, '반복 기준'),
    couponsPerMonth: count(0, 31, '월 지급 한도'),
    note: z.string().trim().max(200, { error: '200자 이하로 입력해 주세요.' }).nullish(),
  }),
});

const userActiveArgs = z.object({ id: fields.id, active: z.boolean() });

// Up to 30 days: beyond that a target measures nothing.
const minutes = count(1, 30 * 24 * 60, '목표 시간(분)');
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
