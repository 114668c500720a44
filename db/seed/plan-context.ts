import { kstMonthOf } from '../../lib/domain/kst-month';
import { addMinutes } from './calendar';
import type { Random } from './prng';
import type { CaseSpec, People, PlannedCustomer, PlannedLot, VocKind } from './types';

const BUSY_MINUTES = 36 * 60;

/** What the case planners share: the people, the clock, and who is already part of a story. */
export interface PlanContext {
  random: Random;
  now: Date;
  people: People;
  /** The three KST months that get cases, oldest first. */
  caseMonths: string[];
  /** The current KST month, if it has had time enough for cases of its own. */
  currentMonth: string;
  specs: CaseSpec[];
  /** Customers a scripted story uses; random cases leave them alone. */
  reserved: Set<string>;
}

/** The lot at an index of DEMO_LOTS. */
export function lotAt(ctx: PlanContext, index: number): PlannedLot {
  const lot = ctx.people.lots[index];
  if (!lot) throw new Error(`no demo lot #${index}`);
  return lot;
}

/** A customer of a lot holding a pass at the incident, not reserved, not called in recently. */
export function pickCustomer(ctx: PlanContext, lot: PlannedLot, incidentAt: Date, reserve = false): PlannedCustomer | null {
  const month = kstMonthOf(incidentAt);
  const free = ctx.people.customers.filter(
    (c) =>
      c.lot === lot &&
      c.passes.has(month) &&
      !ctx.reserved.has(c.row.id) &&
      !ctx.specs.some((s) => s.customer === c && Math.abs(s.incidentAt.getTime() - incidentAt.getTime()) < BUSY_MINUTES * 60_000),
  );
  if (free.length === 0) return null;
  const customer = ctx.random.pick(free);
  if (reserve) ctx.reserved.add(customer.row.id);
  return customer;
}

/** How one case goes; everything not given takes the usual course. */
export interface CaseInput {
  customer: PlannedCustomer;
  kind: VocKind;
  incidentAt: Date;
  createdAt?: Date;
  leavingNow?: boolean;
  onsitePayment?: number | null;
  verifiable?: boolean;
  dissatisfied?: boolean;
  refundBasis?: CaseSpec['refundBasis'];
  stall?: CaseSpec['stall'];
}

const ONSITE_AMOUNTS = [3_000, 4_500, 6_000, 8_000, 9_000, 12_000, 15_000] as const;

/** A plausible on-site payment, KRW. */
export function onsiteAmount(ctx: PlanContext): number {
  return ctx.random.pick(ONSITE_AMOUNTS);
}

/** Adds a case at the customer's pass of the incident's month (the pass must cover it). */
export function addCase(ctx: PlanContext, input: CaseInput): CaseSpec {
  const pass = input.customer.passes.get(kstMonthOf(input.incidentAt));
  if (!pass) throw new Error(`${input.customer.row.name} has no pass for ${kstMonthOf(input.incidentAt)}`);
  const leavingNow = input.leavingNow ?? false;
  // From the exit they call at once; after paying and leaving, some time later.
  const delay = leavingNow ? ctx.random.int(1, 6) : ctx.random.int(20, 600);
  const latest = addMinutes(ctx.now, -2);
  // Never in the future, never before the incident.
  const usual = Math.min(addMinutes(input.incidentAt, delay).getTime(), latest.getTime());
  const createdAt = input.createdAt ?? new Date(Math.max(input.incidentAt.getTime() + 60_000, usual));
  const spec: CaseSpec = {
    id: ctx.random.uuid(),
    customer: input.customer,
    pass,
    lot: input.customer.lot,
    kind: input.kind,
    incidentAt: input.incidentAt,
    createdAt,
    verifiable: input.verifiable ?? true,
    leavingNow,
    onsitePayment: input.onsitePayment ?? null,
    duplicateOf: null,
    dissatisfied: input.dissatisfied ?? false,
    refundBasis: input.refundBasis ?? null,
    stall: input.stall ?? null,
  };
  ctx.specs.push(spec);
  return spec;
}
