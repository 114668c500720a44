import { kstMonthOf } from '../../lib/domain/kst-month';
import { addMinutes, incidentTimeIn, kstInstant, pastPartOf, splitWindow } from './calendar';
import { addCase, lotAt, onsiteAmount, pickCustomer, type PlanContext } from './plan-context';
import type { Stall, VocKind } from './types';

// Lot indices into DEMO_LOTS: 0 강남역 (worst), 3 공덕 (worse this month), the rest ordinary.
const GANGNAM = 0;
const GONGDEOK = 3;

/** Customers hit 2–3 times in one month, so the repeat-omission report has rows and coupons. */
const REPEAT_GROUPS = [
  { month: 0, lot: GANGNAM, omissions: 3, satisfied: false },
  { month: 0, lot: GONGDEOK, omissions: 2, satisfied: false },
  // Cared for and content: eligible, yet no coupon (the coupon is only for the unhappy).
  { month: 1, lot: GANGNAM, omissions: 2, satisfied: true },
  { month: 1, lot: 5, omissions: 3, satisfied: false },
  { month: 2, lot: GONGDEOK, omissions: 3, satisfied: false },
  { month: 2, lot: 6, omissions: 2, satisfied: false },
] as const;

/** Plans the repeat offenders' omissions, spread over their month in order. */
export function planRepeatOmissions(ctx: PlanContext): void {
  for (const group of REPEAT_GROUPS) {
    const month = ctx.caseMonths[group.month] as string;
    const parts = splitWindow(pastPartOf(month, ctx.now, 6 * 60), group.omissions);
    const incidents = parts.map((part) => incidentTimeIn(part, ctx.random));
    const customer = pickCustomer(ctx, lotAt(ctx, group.lot), incidents[0] as Date, true);
    if (!customer) continue;
    incidents.forEach((incidentAt, i) => {
      const leavingNow = ctx.random.chance(0.5);
      const onsitePayment = !leavingNow && ctx.random.chance(0.4) ? onsiteAmount(ctx) : null;
      const dissatisfied = i > 0 && !group.satisfied;
      addCase(ctx, { customer, kind: 'OPERATOR_OMISSION', incidentAt, leavingNow, onsitePayment, dissatisfied });
    });
  }
}

/** Omissions again and again, a coupon, then a 소보원 refund approved and the pass ended. */
export function planConsumerAgencyRefund(ctx: PlanContext): void {
  const month = ctx.caseMonths[1] as string;
  const first = kstInstant(month, 4, 8, 40);
  const customer = pickCustomer(ctx, lotAt(ctx, GANGNAM), first, true);
  if (!customer) return;
  addCase(ctx, { customer, kind: 'OPERATOR_OMISSION', incidentAt: first, leavingNow: true });
  const second = kstInstant(month, 11, 19, 5);
  addCase(ctx, { customer, kind: 'OPERATOR_OMISSION', incidentAt: second, onsitePayment: 9_000, dissatisfied: true });
  addCase(ctx, {
    customer,
    kind: 'REFUND_CLAIM',
    incidentAt: kstInstant(month, 17, 18, 20),
    createdAt: kstInstant(month, 17, 20, 35),
    refundBasis: 'CONSUMER_AGENCY',
  });
  // The refund ended the pass; the customer did not renew.
  for (const later of [...customer.passes.keys()]) if (later > month) customer.passes.delete(later);
}

/** Misreads at the gate, then a refund asked for under the company's policy, awaiting a manager. */
export function planCompanyPolicyRefund(ctx: PlanContext): void {
  const incidentAt = addMinutes(ctx.now, -30 * 60);
  const customer = pickCustomer(ctx, lotAt(ctx, 7), incidentAt, true);
  if (!customer) return;
  const misread = addMinutes(incidentAt, -8 * 24 * 60);
  if (customer.passes.has(kstMonthOf(misread))) {
    addCase(ctx, { customer, kind: 'EQUIPMENT_FAULT', incidentAt: misread, leavingNow: true });
  }
  const createdAt = addMinutes(incidentAt, 160);
  addCase(ctx, { customer, kind: 'REFUND_CLAIM', incidentAt, createdAt, refundBasis: 'COMPANY_POLICY', stall: 'MANAGER' });
}

interface PendingCase {
  lot: number;
  minutesAgo: number;
  callAfter: number;
  kind: VocKind;
  stall: Stall;
  leavingNow?: boolean;
  onsitePayment?: number;
}

/** Work waiting right now: both exit and registration queues of operators 1 and 2 have some. */
const PENDING_CASES: readonly PendingCase[] = [
  { lot: GANGNAM, minutesAgo: 9, callAfter: 3, kind: 'OPERATOR_OMISSION', stall: 'EXIT', leavingNow: true },
  { lot: 4, minutesAgo: 38, callAfter: 2, kind: 'EQUIPMENT_FAULT', stall: 'EXIT', leavingNow: true },
  { lot: GANGNAM, minutesAgo: 5 * 60, callAfter: 50, kind: 'OPERATOR_OMISSION', stall: 'REGISTRATION', onsitePayment: 8_000 },
  { lot: GONGDEOK, minutesAgo: 28 * 60, callAfter: 95, kind: 'OPERATOR_OMISSION', stall: 'REGISTRATION' },
  { lot: 2, minutesAgo: 20 * 60, callAfter: 30, kind: 'OPERATOR_OMISSION', stall: 'CONFIRMATION' },
  { lot: 5, minutesAgo: 50 * 60, callAfter: 120, kind: 'OPERATOR_OMISSION', stall: 'CONFIRMATION', onsitePayment: 4_500 },
  { lot: 6, minutesAgo: 4, callAfter: 2, kind: 'OPERATOR_OMISSION', stall: 'AGENT', leavingNow: true },
];

/** Plans the cases whose flow is still waiting on an agent, operator or manager at `now`. */
export function planPendingCases(ctx: PlanContext): void {
  for (const pending of PENDING_CASES) {
    const incidentAt = addMinutes(ctx.now, -pending.minutesAgo);
    const customer = pickCustomer(ctx, lotAt(ctx, pending.lot), incidentAt, true);
    if (!customer) continue;
    addCase(ctx, {
      customer,
      kind: pending.kind,
      incidentAt,
      createdAt: addMinutes(incidentAt, pending.callAfter),
      leavingNow: pending.leavingNow ?? false,
      onsitePayment: pending.onsitePayment ?? null,
      stall: pending.stall,
    });
  }
}

/** Two incidents either side of a KST midnight at a month's start: the month is the incident's. */
export function planMonthBoundaryCases(ctx: PlanContext): void {
  const month = ctx.caseMonths[1] as string;
  // 00:30 KST on the 1st is still the previous day in UTC, yet it is this month's incident.
  const afterMidnight = kstInstant(month, 1, 0, 30);
  const nightOwl = pickCustomer(ctx, lotAt(ctx, GONGDEOK), afterMidnight);
  if (nightOwl) {
    const createdAt = kstInstant(month, 1, 9, 40);
    addCase(ctx, { customer: nightOwl, kind: 'OPERATOR_OMISSION', incidentAt: afterMidnight, createdAt, onsitePayment: 6_000 });
  }
  // 23:40 KST on the last day of the month before, logged the next morning: the earlier month's.
  const beforeMidnight = addMinutes(kstInstant(month, 1, 0, 0), -20);
  const lateComer = pickCustomer(ctx, lotAt(ctx, 5), beforeMidnight);
  if (lateComer) {
    const createdAt = kstInstant(month, 1, 10, 15);
    addCase(ctx, { customer: lateComer, kind: 'OPERATOR_OMISSION', incidentAt: beforeMidnight, createdAt });
  }
}
