import { z } from 'zod';
import { listAccessLog, MAX_ACCESS_LOG_PAGE } from '@/lib/services/audit/list-access-log';
import type { Resolvers } from '../generated/resolvers-types';
import { say } from '../input-reason';
import { atMost, fields, parseArgs } from '../validate';
import { connectionOf, pagedListArgs } from './connection';
import { requestMeta, requireViewer } from './viewer-of';

const ACTION = /^[A-Z_]{1,64}$/;
const SUBJECT_TYPE = /^[A-Za-z]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, atMost(max))
    .transform((v) => v || null)
    .nullish();

/** The `AccessLogFilter` input, shared with the CSV export (app/api/exports/handle-access-log-export.ts). */
export const accessLogFilterArgs = z
  .object({
    actorId: fields.id.nullish(),
    action: z.string().regex(ACTION, say('actionCodeFormat')).nullish(),
    subjectType: z.string().regex(SUBJECT_TYPE, say('subjectTypeInvalid')).nullish(),
    subjectId: optionalText(100),
    from: z.date().nullish(),
    to: z.date().nullish(),
    clientAddress: optionalText(100),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, { ...say('toBeforeFrom'), path: ['to'] });

const listArgs = pagedListArgs(accessLogFilterArgs, MAX_ACCESS_LOG_PAGE);

/** The PIPA access log, for managers. */
export const accessLogResolvers: Resolvers = {
  Query: {
    accessLog: async (_parent, args, ctx) => {
      const { filter, first, after } = parseArgs(listArgs, args);
      const page = await listAccessLog(ctx.reader, requireViewer(ctx), requestMeta(ctx), filter ?? {}, first, after);
      return connectionOf(
        page.entries.map(({ row, cursor }) => ({ cursor, node: row })),
        page,
      );
    },
  },
  AccessLogEntry: {
    id: (entry) => String(entry.id),
    actor: (entry, _args, ctx) => (entry.actorId ? ctx.loaders.user.load(entry.actorId) : null),
    detail: (entry) => (entry.detail == null ? null : JSON.stringify(entry.detail)),
    // A case is known to staff by its code; other subjects show their type and id.
    subjectLabel: async (entry, _args, ctx) => {
      if (entry.subjectType !== 'Case' || !entry.subjectId || !UUID.test(entry.subjectId)) return null;
      const found = await ctx.loaders.caseById.load(entry.subjectId).catch(() => null);
      return found?.code ?? null;
    },
  },
};
