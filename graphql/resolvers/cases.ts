import { z } from 'zod';
import { GUIDE_STEPS } from '@/lib/domain/guide-script';
import { getCase } from '@/lib/services/cases/get-case';
import { linkDuplicate } from '@/lib/services/cases/link-duplicate';
import { listCases, MAX_PAGE_SIZE } from '@/lib/services/cases/list-cases';
import { openCase } from '@/lib/services/cases/open-case';
import { recordGuidance } from '@/lib/services/cases/record-guidance';
import { resolveCase } from '@/lib/services/cases/resolve-case';
import { verifyIdentity } from '@/lib/services/cases/verify-identity';
import type { Resolvers } from '../generated/resolvers-types';
import { fields, parseArgs } from '../validate';
import { creatingRequestMeta, requestMeta, requireViewer } from './viewer-of';

const KINDS = ['OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM'] as const;
const STEPS = ['BASIC_CARE', 'EXIT_CHECK', 'ONSITE_PAYMENT', 'COMPENSATION'] as const;

const caseIdArgs = z.object({ caseId: fields.id, expectedVersion: fields.version });
const openArgs = z.object({
  input: z.object({ passId: fields.id, kind: z.enum(KINDS), incidentAt: z.date(), note: fields.text(1000).nullish(), duplicateOfId: fields.id.nullish() }),
});

/** The `CaseFilter` input, shared by the list and the bulk changes. */
export const caseFilterArgs = z.object({
  status: z.enum(['OPEN', 'WAITING_ON_OPERATOR', 'RESOLVED']).nullish(),
  kind: z.enum(KINDS).nullish(),
  lotId: fields.id.nullish(),
  customerId: fields.id.nullish(),
  plate: z.string().trim().max(20).transform((v) => v.replace(/\s+/g, '')).nullish(),
  month: z.string().nullish(),
  phoneLast4: z.string().regex(/^\d{4}$/, { error: '전화번호 뒷자리 4자리 숫자를 입력해 주세요.' }).nullish(),
  countedOmissions: z.boolean().nullish(),
  code: z
    .string()
    .trim()
    .max(20)
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9-]*$/, { error: '상담 번호는 영문, 숫자와 -로 입력해 주세요. 예: VOC-260401-000007' }))
    .nullish(),
});

const listArgs = z.object({
  filter: caseFilterArgs.nullish(),
  first: z.number().int().min(1, { error: '1 이상이어야 합니다.' }).max(MAX_PAGE_SIZE, { error: `${MAX_PAGE_SIZE} 이하여야 합니다.` }),
  after: z.string().max(200).nullish(),
});

/** Cases: reading them and the agent's steps that change the case itself. */
export const caseResolvers: Resolvers = {
  Query: {
    guideScript: () => GUIDE_STEPS.map((step) => ({ ...step, branches: step.branches.map((b) => ({ ...b, lines: [...b.lines] })) })),
    case: (_parent, args, ctx) => getCase(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(z.object({ id: fields.id }), args).id),
    cases: async (_parent, args, ctx) => {
      const { filter, first, after } = parseArgs(listArgs, args);
      const page = await listCases(ctx.db, requireViewer(ctx), requestMeta(ctx), filter ?? {}, first, after);
      const edges = page.rows.map((node) => ({ cursor: page.cursorOf(node), node }));
      return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
  Mutation: {
    openCase: (_parent, args, ctx) => openCase(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), parseArgs(openArgs, args).input),
    verifyIdentity: (_parent, args, ctx) => {
      const { caseId, expectedVersion } = parseArgs(caseIdArgs, args);
      return verifyIdentity(ctx.db, requireViewer(ctx), requestMeta(ctx), caseId, expectedVersion);
    },
    linkDuplicate: (_parent, args, ctx) =>
      linkDuplicate(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(caseIdArgs.extend({ ofCaseId: fields.id }), args)),
    recordGuidance: (_parent, args, ctx) =>
      recordGuidance(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(caseIdArgs.extend({ step: z.enum(STEPS), detail: fields.text(500) }), args)),
    resolveCase: (_parent, args, ctx) =>
      resolveCase(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(caseIdArgs.extend({ outcome: fields.text(1000) }), args)),
  },
};
