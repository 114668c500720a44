import { z } from 'zod';
import { VOC_KINDS } from '@/lib/domain/enum-values';
import { GUIDE_STEP_KEYS, GUIDE_STEPS } from '@/lib/domain/guide-script';
import { linkDuplicate } from '@/lib/services/cases/link-duplicate';
import { listCases, MAX_PAGE_SIZE } from '@/lib/services/cases/list-cases';
import { openCase } from '@/lib/services/cases/open-case';
import { recordGuidance } from '@/lib/services/cases/record-guidance';
import { resolveCase } from '@/lib/services/cases/resolve-case';
import { verifyIdentity } from '@/lib/services/cases/verify-identity';
import { caseFilterSchema } from '../case-filter';
import { CASE_PARTY_FIELDS, casePartiesJson, loadCasePage, primeCaseParties, selects } from '../case-page-preload';
import type { Resolvers } from '../generated/resolvers-types';
import { caseStepArgs, fields, parseArgs } from '../validate';
import { connectionOf, pagedListArgs } from './connection';
import { creatingRequestMeta, requestMeta, requireViewer } from './viewer-of';
import { CASE_RESPONSE_MAX, GUIDANCE_DETAIL_MAX, OPENING_NOTE_MAX } from '@/lib/domain/case-text-limits';

const openArgs = z.object({
  input: z.object({
    passId: fields.id,
    kind: z.enum(VOC_KINDS),
    incidentAt: z.date(),
    note: fields.text(OPENING_NOTE_MAX).nullish(),
    duplicateOfId: fields.id.nullish(),
  }),
});

const guidanceArgs = caseStepArgs.extend({ step: z.enum(GUIDE_STEP_KEYS), detail: fields.text(GUIDANCE_DETAIL_MAX) });
const resolveArgs = caseStepArgs.extend({ outcome: fields.text(CASE_RESPONSE_MAX) });
const listArgs = pagedListArgs(caseFilterSchema, MAX_PAGE_SIZE);

/** Cases: reading them and the agent's steps that change the case itself. */
export const caseResolvers: Resolvers = {
  Query: {
    guideScript: () => GUIDE_STEPS.map((step) => ({ ...step, branches: step.branches.map((b) => ({ ...b, lines: [...b.lines] })) })),
    // With the parts of the page its selection asks for, in the case's own statement.
    case: (_parent, args, ctx, info) => {
      const viewer = requireViewer(ctx);
      return loadCasePage(ctx, viewer, info, parseArgs(z.object({ id: fields.id }), args).id);
    },
    cases: async (_parent, args, ctx, info) => {
      const viewer = requireViewer(ctx);
      const { filter, first, after } = parseArgs(listArgs, args);
      // The rows' customers, passes, lots and people in the page's own statement when asked for.
      // With replicas the list reads there and its access-log entry is a second statement, on
      // the primary; without, the entry is in the list's own statement (one round trip).
      const parties = selects(info, CASE_PARTY_FIELDS) ? casePartiesJson : undefined;
      const primary = ctx.reader === ctx.db ? undefined : ctx.db;
      const page = await listCases(ctx.reader, viewer, requestMeta(ctx), filter ?? {}, first, after, parties, primary);
      if (parties) page.rows.forEach((row, i) => primeCaseParties(ctx, row.id, page.extras[i]));
      return connectionOf(
        page.rows.map((node) => ({ cursor: page.cursorOf(node), node })),
        page,
      );
    },
  },
  Mutation: {
    openCase: (_parent, args, ctx) => openCase(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), parseArgs(openArgs, args).input),
    verifyIdentity: (_parent, args, ctx) => {
      const { caseId, expectedVersion } = parseArgs(caseStepArgs, args);
      return verifyIdentity(ctx.db, requireViewer(ctx), requestMeta(ctx), caseId, expectedVersion);
    },
    linkDuplicate: (_parent, args, ctx) =>
      linkDuplicate(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(caseStepArgs.extend({ ofCaseId: fields.id }), args)),
    recordGuidance: (_parent, args, ctx) => recordGuidance(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(guidanceArgs, args)),
    resolveCase: (_parent, args, ctx) => resolveCase(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(resolveArgs, args)),
  },
};
