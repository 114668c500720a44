import type DataLoader from 'dataloader';
import { z } from 'zod';
import { isMonth } from '@/lib/domain/kst-month';
import { monthlyTrend } from '@/lib/services/reports/monthly-trend';
import { omissionHeatmap } from '@/lib/services/reports/omission-heatmap';
import { operatorOmissionReport } from '@/lib/services/reports/operator-omission-report';
import { repeatCustomers } from '@/lib/services/reports/repeat-customers';
import { repeatOmissionReport } from '@/lib/services/reports/repeat-omission-report';
import { responseTimes } from '@/lib/services/reports/response-times';
import { worseningLots } from '@/lib/services/reports/worsening-lots';
import type { Resolvers } from '../generated/resolvers-types';
import type { GraphQLContext } from '../context';
import { say } from '../input-reason';
import { parseArgs } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';

const month = z.string().refine(isMonth, say('inputBadMonth'));
const monthArgs = z.object({ month });
/** How many months a trend or heat map spans, up to its own ceiling. */
function monthCount(max: number) {
  return z
    .number()
    .int(say('monthsNotInteger'))
    .min(1, say('monthsMin', { min: 1 }))
    .max(max, say('monthsMax', { max }));
}
const trendArgs = z.object({
  endMonth: month,
  months: monthCount(36),
});
const heatmapArgs = z.object({
  endMonth: month,
  months: monthCount(12),
  lots: z
    .number()
    .int(say('lotsNotInteger'))
    .min(1, say('lotsMin', { min: 1 }))
    .max(50, say('lotsMax', { max: 50 })),
});

// The services return ids; the loaders turn them into rows in one batched query per type.
// One loadMany per report, not an awaited load per row: a report has up to 2,000 lots. Ids come
// from foreign keys, so a row the loader could not find fails the report, as a load would.
// loadMany answers in the order and number of the ids asked for.
async function loadAll<V>(loader: DataLoader<string, V>, ids: string[]): Promise<V[]> {
  return (await loader.loadMany(ids)).map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}
const withLot = async <T extends { lotId: string }>(ctx: GraphQLContext, rows: T[]) => {
  const lots = await loadAll(
    ctx.loaders.lot,
    rows.map((row) => row.lotId),
  );
  return rows.map(({ lotId: _lotId, ...rest }, index) => ({ ...rest, lot: lots[index]! }));
};
const withOperator = async <T extends { operatorId: string }>(ctx: GraphQLContext, rows: T[]) => {
  const operators = await loadAll(
    ctx.loaders.operator,
    rows.map((row) => row.operatorId),
  );
  return rows.map(({ operatorId: _operatorId, ...rest }, index) => ({ ...rest, operator: operators[index]! }));
};

/**
 * The manager's reports: aggregates computed in SQL by lib/services/reports, read from the
 * replicas when there are any (ctx.reader); the rows' lots and operators come by the loaders.
 */
export const reportResolvers: Resolvers = {
  Query: {
    repeatOmissionReport: async (_parent, args, ctx) => {
      const report = await repeatOmissionReport(ctx.reader, parseArgs(monthArgs, args).month);
      return { ...report, rows: await withLot(ctx, report.rows) };
    },
    operatorOmissionReport: async (_parent, args, ctx) =>
      withOperator(ctx, await operatorOmissionReport(ctx.reader, parseArgs(monthArgs, args).month)),
    repeatCustomers: async (_parent, args, ctx) => {
      const rows = await repeatCustomers(ctx.reader, requireViewer(ctx), requestMeta(ctx), parseArgs(monthArgs, args).month);
      return Promise.all(
        rows.map(async ({ customerId, lotIds, ...rest }) => ({
          ...rest,
          customer: await ctx.loaders.customer.load(customerId),
          lots: await Promise.all(lotIds.map((id) => ctx.loaders.lot.load(id))),
        })),
      );
    },
    monthlyTrend: (_parent, args, ctx) => {
      const { endMonth, months } = parseArgs(trendArgs, args);
      return monthlyTrend(ctx.reader, endMonth, months);
    },
    responseTimes: async (_parent, args, ctx) => {
      const report = await responseTimes(ctx.reader, parseArgs(monthArgs, args).month);
      return { month: report.month, byOperator: await withOperator(ctx, report.byOperator), byLot: await withLot(ctx, report.byLot) };
    },
    worseningLots: async (_parent, args, ctx) => withLot(ctx, await worseningLots(ctx.reader, parseArgs(monthArgs, args).month)),
    omissionHeatmap: async (_parent, args, ctx) => {
      const { endMonth, months, lots } = parseArgs(heatmapArgs, args);
      const heatmap = await omissionHeatmap(ctx.reader, endMonth, months, lots);
      return { months: heatmap.months, rows: await withLot(ctx, heatmap.rows) };
    },
  },
};
