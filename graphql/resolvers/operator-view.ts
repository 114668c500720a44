import type { CaseEventRow, CaseRow } from '@/db/schema';
import { INTERNAL_EVENT_TYPES } from '@/lib/domain/case-events';
import { redactPersonalData } from '@/lib/domain/masking';
import type { GraphQLContext } from '../context';

const isOperator = (ctx: GraphQLContext) => ctx.viewer?.role === 'OPERATOR';

/**
 * Free text an agent typed about a case (note, outcome, timeline detail), as this viewer may
 * read it: lot staff get phone numbers and the customer's name masked.
 */
export async function caseTextFor(ctx: GraphQLContext, caseId: string, text: string | null): Promise<string | null> {
  if (text === null || !isOperator(ctx)) return text;
  const row = await ctx.loaders.caseById.load(caseId);
  const customer = await ctx.loaders.customer.load(row.customerId);
  return redactPersonalData(text, customer.name);
}

/** Whether a case reached through a link (e.g. duplicateOf) is one this viewer may see. */
export async function caseVisibleTo(ctx: GraphQLContext, row: CaseRow): Promise<boolean> {
  if (!isOperator(ctx)) return true;
  const lot = await ctx.loaders.lot.load(row.lotId);
  return lot.operatorId === ctx.viewer?.operatorId;
}

/**
 * A value staff wrote for staff (a refund's reasons, a cancellation's rejection reason and who
 * handled it): null for lot staff, who get structured facts only (domain.md, operators).
 */
export function hiddenFromOperators<T>(ctx: GraphQLContext, value: T | null): T | null {
  return isOperator(ctx) ? null : value;
}

/** A timeline entry's detail as this viewer may read it: staff's internal text never reaches lot staff. */
export function eventDetailFor(ctx: GraphQLContext, event: Pick<CaseEventRow, 'caseId' | 'type' | 'detail'>): Promise<string | null> | null {
  if (isOperator(ctx) && INTERNAL_EVENT_TYPES.has(event.type)) return null;
  return caseTextFor(ctx, event.caseId, event.detail);
}
