import { kstMonthOf } from '../../lib/domain/kst-month';
import { addMinutes } from './calendar';
import type { Random } from './prng';
import type { CaseRecords, CaseSpec, People } from './types';
import type { CaseEventType } from '../../lib/domain/case-events';

/** What playing out the cases shares: the clock, the rows so far, and the monthly tallies. */
export interface BuildState {
  random: Random;
  now: Date;
  people: People;
  records: CaseRecords;
  /** Counted omissions so far per "customerId|month". */
  omissions: Map<string, number>;
  /** "customerId|month" pairs that already got their compensation coupon. */
  couponed: Set<string>;
}

/** How a case's flow ended up at `now`. */
export interface FlowResult {
  verifiedAt: Date | null;
  resolvedAt: Date | null;
  outcome: string | null;
  /** An exit or registration request of this case is still in the operator's queue. */
  waitingOnOperator: boolean;
}

/** One case being played out: its spec, its month and its timeline so far. */
export class CaseRun {
  readonly month: string;
  readonly events: CaseRecords['events'] = [];

  constructor(
    readonly state: BuildState,
    readonly spec: CaseSpec,
  ) {
    this.month = kstMonthOf(spec.incidentAt);
  }

  /** "customerId|month": the key of the monthly omission count and coupon. */
  get customerMonth(): string {
    return `${this.spec.customer.row.id}|${this.month}`;
  }

  /**
   * The time a step happens, a random few minutes after the step it waits for; null when that
   * step has not happened or this one would lie after `now`: the flow stops there.
   */
  later(from: Date | null, minMinutes: number, maxMinutes: number): Date | null {
    if (!from) return null;
    const at = addMinutes(from, this.state.random.int(minMinutes, maxMinutes));
    return at <= this.state.now ? at : null;
  }

  /** Appends a timeline row; scriptStep only for what the agent says from the guide. */
  log(at: Date, actorId: string | null, type: CaseEventType, scriptStep: string | null, detail: string): void {
    this.events.push({ caseId: this.spec.id, at, actorId, type, scriptStep, detail });
  }

  /** Sends the customer a text (delivered at once in the demo) and notes it on the timeline. */
  sendSms(at: Date, body: string): void {
    const sentAt = new Date(Math.min(at.getTime() + 20_000, this.state.now.getTime()));
    const { customer } = this.spec;
    this.state.records.smsMessages.push({
      id: this.state.random.uuid(),
      customerId: customer.row.id,
      caseId: this.spec.id,
      toPhone: customer.row.phone,
      body,
      status: 'SENT',
      createdAt: at,
      sentAt,
    });
    this.log(sentAt, null, 'SMS_SENT', null, body);
  }
}

/** The later of two step times, or null while either has not happened. */
export function bothDone(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return null;
  return a > b ? a : b;
}
