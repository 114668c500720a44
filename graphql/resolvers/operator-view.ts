import type { CaseEventRow, CaseRow } from '@/db/schema';
import type { CaseEventType } from '@/lib/domain/case-events';
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
 * Timeline entries whose detail is an agent's own words (a repeat call's note, why a duplicate
 * link was undone): lot staff get the entry without its detail (domain.md: operators never
 * receive free text written by others).
 */
const DESK_ONLY_DETAIL: ReadonlySet<string> = new Set<CaseEventType>(['REPEAT_CONTACT', 'DUPLICATE_UNLINKED']);

/** A timeline entry's detail as this viewer may read it. */
export function eventDetailFor(ctx: GraphQLContext, event: Pick<CaseEventRow, 'caseId' | 'type' | 'detail'>): Promise<string | null> | null {
  if (isOperator(ctx) && DESK_ONLY_DETAIL.has(event.type)) return null;
  return caseTextFor(ctx, event.caseId, event.detail);
}
