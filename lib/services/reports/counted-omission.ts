import { sql } from 'drizzle-orm';
import { cases } from '@/db/schema';

/**
 * Whether a `cases` row counts as a registration omission, as a SQL condition. This is
 * exactly lib/domain/coupon-eligibility.ts countsAsOmission (kind OPERATOR_OMISSION, caller
 * verified, not a duplicate contact) — keep the two in step. The month is the KST incident
 * month, cases.incident_month. It names the table `cases` unaliased, so queries using it
 * must not alias `cases`.
 */
export const countedOmission = sql`(${cases.kind} = 'OPERATOR_OMISSION' AND ${cases.identityVerified} AND ${cases.duplicateOfId} IS NULL)`;

/** Counted omissions of one customer in a month from which the customer is a repeat case ("hit twice or more"). */
export const REPEAT_MIN_OMISSIONS = 2;

/** A count or sum from PostgreSQL (bigint arrives as a string from node-postgres) as a number. */
export const toCount = (value: unknown): number => Number(value ?? 0);
