import { sql } from 'drizzle-orm';
import { cases, coupons } from '@/db/schema';

/**
 * Whether a `cases` row counts as a registration omission, as a SQL condition. This is
 * exactly lib/domain/coupon-eligibility.ts countsAsOmission (kind OPERATOR_OMISSION, caller
 * verified, not a duplicate contact) — keep the two in step, and the triggers that keep
 * monthly_lot_figures.omissions (migration 0018_monthly_lot_figures) with them. The month is the KST incident
 * month, cases.incident_month. It names the table `cases` unaliased, so queries using it
 * must not alias `cases`.
 */
export const countedOmission = sql`(${cases.kind} = 'OPERATOR_OMISSION' AND ${cases.identityVerified} AND ${cases.duplicateOfId} IS NULL)`;

/** Counted omissions of one customer in a month from which the customer is a repeat case ("hit twice or more"). */
export const REPEAT_MIN_OMISSIONS = 2;

/**
 * Rows (lot_id, customer_id, omissions): the counted omissions of a KST month per lot and
 * customer. Read from cases_counted_omissions_idx alone, in its order, so the grouping streams.
 */
export const omissionsByLotAndCustomer = (month: string) => sql`
  SELECT ${cases.lotId} AS lot_id, ${cases.customerId} AS customer_id, count(*) AS omissions FROM ${cases}
  WHERE ${cases.incidentMonth} = ${month} AND ${countedOmission}
  GROUP BY ${cases.lotId}, ${cases.customerId}`;

/** Rows (lot_id): the lots with any case, of any kind, in a KST month; from cases_month_lot_idx alone. */
export const lotsWithCases = (month: string) => sql`
  SELECT DISTINCT ${cases.lotId} AS lot_id FROM ${cases} WHERE ${cases.incidentMonth} = ${month}`;

/**
 * Rows (lot_id, issued, amount): the coupons of a KST month per lot of their case, from
 * coupons_month_idx and cases_id_month_lot_idx alone.
 */
export const couponsByLot = (month: string) => sql`
  SELECT ${cases.lotId} AS lot_id, count(*) AS issued, sum(${coupons.amount}) AS amount
  FROM ${coupons} JOIN ${cases} ON ${cases.id} = ${coupons.caseId}
  WHERE ${coupons.month} = ${month}
  GROUP BY ${cases.lotId}`;
