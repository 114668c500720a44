import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { paymentCancellations } from '@/db/schema';
import { kstMonthOf, kstMonthRange } from '@/lib/domain/kst-month';
import { OPEN_CANCELLATION_STATUSES } from '@/lib/domain/payment-cancellation';

/** What a manager needs of the cancellation queue at a glance. */
export interface PaymentCancellationFigures {
  /** Waiting on a manager (접수 or 처리 중). */
  open: number;
  /** Of those, past their due time. */
  overdue: number;
  /** Settled in the KST month of `now`. */
  completedThisMonth: number;
  rejectedThisMonth: number;
  month: string;
}

/** The queue's figures in one statement, as of `now` (passed in, so tests can fix it). */
export async function paymentCancellationFigures(db: Executor, now = new Date()): Promise<PaymentCancellationFigures> {
  const month = kstMonthOf(now);
  const { start, end } = kstMonthRange(month);
  const c = paymentCancellations;
  const inMonth = sql`${c.resolvedAt} >= ${start.toISOString()} AND ${c.resolvedAt} < ${end.toISOString()}`;
  const open = inArray(c.status, [...OPEN_CANCELLATION_STATUSES]);
  const [row] = await db
    .select({
      open: sql<number>`count(*) FILTER (WHERE ${open})`.mapWith(Number),
      overdue: sql<number>`count(*) FILTER (WHERE ${open} AND ${c.dueAt} < ${now.toISOString()})`.mapWith(Number),
      completedThisMonth: sql<number>`count(*) FILTER (WHERE ${eq(c.status, 'COMPLETED')} AND ${inMonth})`.mapWith(Number),
      rejectedThisMonth: sql<number>`count(*) FILTER (WHERE ${eq(c.status, 'REJECTED')} AND ${inMonth})`.mapWith(Number),
    })
    .from(c);
  return {
    open: row?.open ?? 0,
    overdue: row?.overdue ?? 0,
    completedThisMonth: row?.completedThisMonth ?? 0,
    rejectedThisMonth: row?.rejectedThisMonth ?? 0,
    month,
  };
}
