import { formatCaseCode } from '../../lib/domain/case-code';
import { addMinutes, demoMonths, hoursIn, incidentTimeIn, pastPartOf } from './calendar';
import { addCase, onsiteAmount, pickCustomer, type PlanContext } from './plan-context';
import {
  planCompanyPolicyRefund,
  planConsumerAgencyRefund,
  planMonthBoundaryCases,
  planPendingCases,
  planRepeatOmissions,
} from './plan-stories';
import type { Random } from './prng';
import type { CaseSpec, People, PlannedLot, VocKind } from './types';

/** Random cases per full month, on top of the scripted stories. */
const RANDOM_CASES_PER_MONTH = 13;
const DUPLICATES = 3;
const KINDS: readonly { kind: VocKind; weight: number }[] = [
  { kind: 'OPERATOR_OMISSION', weight: 0.72 },
  { kind: 'EQUIPMENT_FAULT', weight: 0.18 },
  { kind: 'REFUND_CLAIM', weight: 0.1 },
];

/** Plans every case of the demo, in the order they were opened, with their case codes. */
export function planCases(random: Random, now: Date, people: People): CaseSpec[] {
  const months = demoMonths(now);
  const currentMonth = months[3] as string;
  // A month only three days old cannot hold a month's worth of cases: use the three before it.
  const currentHasRoom = hoursIn(pastPartOf(currentMonth, now)) >= 72;
  const caseMonths = currentHasRoom ? months.slice(1) : months.slice(0, 3);
  const ctx: PlanContext = { random, now, people, caseMonths, currentMonth, specs: [], reserved: new Set() };

  planRepeatOmissions(ctx);
  planConsumerAgencyRefund(ctx);
  planCompanyPolicyRefund(ctx);
  planPendingCases(ctx);
  planMonthBoundaryCases(ctx);
  planRandomCases(ctx);
  planDuplicates(ctx);

  const specs = [...ctx.specs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  // Sequence numbers follow the opening order, as case_code_seq would have handed them out.
  specs.forEach((spec, i) => {
    spec.code = formatCaseCode(spec.createdAt, i + 1);
  });
  return specs;
}

function planRandomCases(ctx: PlanContext): void {
  const { random } = ctx;
  for (const month of ctx.caseMonths) {
    const window = pastPartOf(month, ctx.now, 20);
    const share = Math.min(1, Math.max(0.3, hoursIn(window) / (30 * 24)));
    const count = Math.round(RANDOM_CASES_PER_MONTH * share);
    for (let i = 0; i < count; i++) {
      const { kind } = random.weighted(KINDS, (k) => k.weight);
      const lot = random.weighted(ctx.people.lots, (l) => failureWeight(l, kind, month === ctx.currentMonth));
      const incidentAt = incidentTimeIn(window, random);
      const customer = pickCustomer(ctx, lot, incidentAt);
      if (!customer) continue;
      // A refund is asked for on the phone later, never from a closed barrier.
      const leavingNow = kind !== 'REFUND_CLAIM' && random.chance(0.45);
      const paid = !leavingNow && kind !== 'REFUND_CLAIM' && random.chance(0.35);
      addCase(ctx, {
        customer,
        kind,
        incidentAt,
        leavingNow,
        onsitePayment: paid ? onsiteAmount(ctx) : null,
        verifiable: random.chance(0.92),
        dissatisfied: random.chance(0.5),
      });
    }
  }
}

/** Omissions follow the lot's record; misreads happen where cameras read plates (linked lots). */
function failureWeight(lot: PlannedLot, kind: VocKind, currentMonth: boolean): number {
  if (kind === 'OPERATOR_OMISSION') {
    return currentMonth ? (lot.spec.currentMonthOmissionWeight ?? lot.spec.omissionWeight) : lot.spec.omissionWeight;
  }
  if (kind === 'EQUIPMENT_FAULT') return lot.spec.integration === 'LINKED' ? 2 : 0.6;
  return 1;
}

/** Customers who call again about the same incident: linked to the first case, never counted. */
function planDuplicates(ctx: PlanContext): void {
  const settled = addMinutes(ctx.now, -3 * 24 * 60);
  const candidates = ctx.specs
    .filter((s) => s.kind === 'OPERATOR_OMISSION' && s.verifiable && s.stall === null && s.createdAt <= settled)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (let i = 0; i < DUPLICATES && candidates.length > 0; i++) {
    const [original] = candidates.splice(ctx.random.int(0, candidates.length - 1), 1);
    if (!original) break;
    ctx.specs.push({
      ...original,
      id: ctx.random.uuid(),
      createdAt: addMinutes(original.createdAt, ctx.random.int(3 * 60, 30 * 60)),
      leavingNow: false,
      onsitePayment: null,
      duplicateOf: original,
      dissatisfied: false,
      refundBasis: null,
    });
  }
}
