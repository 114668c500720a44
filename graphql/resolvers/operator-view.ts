import type { CaseEventRow, CaseRow, UserRow } from '@/db/schema';
import { INTERNAL_EVENT_TYPES } from '@/lib/domain/case-events';
import { redactPersonalData } from '@/lib/domain/masking';
import { maskEmail, operatorEventFact } from '@/lib/domain/operator-facts';
import type { CustomerMonth } from '../case-loaders';
import type { GraphQLContext } from '../context';
import { storedReason, textFor } from './reason-fields';

// domain.md, "Operators never receive free text written by others": lot staff get structured,
// masked facts (what was asked, for which plate, when); their own words come back to them.
const isOperator = (ctx: GraphQLContext) => ctx.viewer?.role === 'OPERATOR';

/** A case's free text (note, outcome) as this viewer may read it: desk staff's words, none for lot staff. */
export function caseTextFor(ctx: GraphQLContext, text: string | null): string | null {
  return isOperator(ctx) ? null : text;
}

/**
 * Words lot staff wrote themselves (a rejection reason), as they come back to them: still
 * masked, since a phone or the customer's name typed there is the customer's data all the same.
 */
export async function ownWordsFor(ctx: GraphQLContext, caseId: string, text: string | null): Promise<string | null> {
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

/** A staff member's e-mail: lot staff see their own, and display names only for everyone else. */
export function emailFor(ctx: GraphQLContext, user: Pick<UserRow, 'id' | 'email'>): string {
  return isOperator(ctx) && ctx.viewer?.id !== user.id ? maskEmail(user.email) : user.email;
}

/**
 * A timeline entry's detail as this viewer may read it. Lot staff never get the text: a request
 * event becomes a fact built from the case ("출차 요청 · 12가3456"), anything else nothing, except
 * their own company's rejection, whose reason is their own words.
 */
export async function eventDetailFor(
  ctx: GraphQLContext,
  event: Pick<CaseEventRow, 'caseId' | 'type' | 'detail' | 'detailCode' | 'detailParams' | 'actorId'>,
): Promise<string | null> {
  if (!isOperator(ctx)) return event.detail === null ? null : textFor(ctx, storedReason(event.detailCode, event.detailParams), event.detail);
  if (INTERNAL_EVENT_TYPES.has(event.type)) return null;
  if (event.type === 'REGISTRATION_REJECTED' && event.actorId) {
    const actor = await ctx.loaders.user.load(event.actorId);
    if (actor.operatorId !== null && actor.operatorId === ctx.viewer?.operatorId) return ownWordsFor(ctx, event.caseId, event.detail);
  }
  const { pass } = await ctx.loaders.caseParties.load(event.caseId);
  return operatorEventFact(event.type, pass.plate);
}

/** A customer's month as this viewer may count it: lot staff, only the cases (and their coupons) at their own lots. */
export async function monthSeenBy(ctx: GraphQLContext, month: CustomerMonth): Promise<CustomerMonth> {
  if (!isOperator(ctx)) return month;
  const lots = await Promise.all(month.casesOfMonth.map((c) => ctx.loaders.lot.load(c.lotId)));
  const casesOfMonth = month.casesOfMonth.filter((_c, i) => lots[i]!.operatorId === ctx.viewer?.operatorId);
  const own = new Set(casesOfMonth.map((c) => c.id));
  const couponCaseIds = month.couponCaseIds.filter((id) => own.has(id));
  return { casesOfMonth, couponsThisMonth: couponCaseIds.length, couponCaseIds };
}
