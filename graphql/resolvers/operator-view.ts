import type { CaseEventRow, CaseRow, CustomerRow, RegistrationRequestRow, UserRow } from '@/db/schema';
import { INTERNAL_EVENT_TYPES } from '@/lib/domain/case-events';
import { maskName, redactPersonalData } from '@/lib/domain/masking';
import { maskEmail, operatorEventFact } from '@/lib/domain/operator-facts';
import type { MaskedField } from '@/lib/policy/field-visibility';
import { isScoped, lotInScope, operatorInScope } from '@/lib/policy/scope';
import type { CustomerMonth } from '../case-loaders';
import type { GraphQLContext } from '../context';

/** How a masked field reaches a role that receives it masked; a mask may load what it needs. */
type Mask<S, V> = (value: V, source: S, ctx: GraphQLContext) => V | Promise<V>;
// Any field's mask, whatever its parent and value (the table holds masks of different fields).
type AnyMask = (value: never, source: never, ctx: GraphQLContext) => unknown;

/**
 * The masks of lib/policy/field-visibility.ts's masked fields (domain.md, "Operators never
 * receive free text written by others"). graphql/field-visibility.ts applies them.
 */
export const FIELD_MASKS: { readonly [F in MaskedField]: AnyMask } = {
  'Customer.name': ((name: string) => maskName(name)) satisfies Mask<CustomerRow, string>,
  'User.email': ((email: string, user: UserRow, ctx) => (user.id === ctx.viewer?.id ? email : maskEmail(email))) satisfies Mask<
    UserRow,
    string
  >,
  'RegistrationRequest.rejectReason': ((text: string | null, request: RegistrationRequestRow, ctx) =>
    ownWordsFor(ctx, request.caseId, text)) satisfies Mask<RegistrationRequestRow, string | null>,
  'CaseEvent.detail': ((_detail: string | null, event: CaseEventRow, ctx) => eventFactFor(ctx, event)) satisfies Mask<
    CaseEventRow,
    string | null
  >,
};

/** Words lot staff wrote themselves (a rejection reason), masked as they come back to them. */
async function ownWordsFor(ctx: GraphQLContext, caseId: string, text: string | null): Promise<string | null> {
  if (text === null) return null;
  const row = await ctx.loaders.caseById.load(caseId);
  const customer = await ctx.loaders.customer.load(row.customerId);
  return redactPersonalData(text, customer.name);
}

/**
 * A timeline entry as lot staff read it: a request event becomes a fact built from the case
 * ("출차 요청 · 12가3456"), an internal one nothing, and their own company's rejection its
 * reason, their own words.
 */
async function eventFactFor(
  ctx: GraphQLContext,
  event: Pick<CaseEventRow, 'caseId' | 'type' | 'detail' | 'actorId'>,
): Promise<string | null> {
  if (INTERNAL_EVENT_TYPES.has(event.type)) return null;
  if (event.type === 'REGISTRATION_REJECTED' && event.actorId) {
    const actor = await ctx.loaders.user.load(event.actorId);
    if (actor.operatorId !== null && operatorInScope(ctx.viewer, actor.operatorId)) return ownWordsFor(ctx, event.caseId, event.detail);
  }
  const { pass } = await ctx.loaders.caseParties.load(event.caseId);
  return operatorEventFact(event.type, pass.plate);
}

/** Whether a case reached through a link (e.g. duplicateOf) is within this viewer's scope. */
export async function caseVisibleTo(ctx: GraphQLContext, row: CaseRow): Promise<boolean> {
  if (!isScoped(ctx.viewer)) return true;
  return lotInScope(ctx.viewer, await ctx.loaders.lot.load(row.lotId));
}

/** A customer's month as this viewer may count it: lot staff, only the cases (and their coupons) at their own lots. */
export async function monthSeenBy(ctx: GraphQLContext, month: CustomerMonth): Promise<CustomerMonth> {
  if (!isScoped(ctx.viewer)) return month;
  const lots = await Promise.all(month.casesOfMonth.map((c) => ctx.loaders.lot.load(c.lotId)));
  const casesOfMonth = month.casesOfMonth.filter((_c, i) => lotInScope(ctx.viewer, lots[i]!));
  const own = new Set(casesOfMonth.map((c) => c.id));
  const couponCaseIds = month.couponCaseIds.filter((id) => own.has(id));
  return { casesOfMonth, couponCaseIds };
}
