import { sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../client';
import {
  caseEvents,
  cases,
  coupons,
  customers,
  exitRequests,
  onsitePayments,
  operators,
  parkingLots,
  passes,
  paymentCancellations,
  refunds,
  registrationRequests,
  smsMessages,
  users,
} from '../schema';
import type { NewPaymentCancellation } from './plan-cancellations';
import type { CaseRecords, People } from './types';

/** The whole demo, planned in memory before a single row is written. */
export interface DemoPlan {
  people: People;
  records: CaseRecords;
  /** The filed payment cancellations as the managers' work items. */
  cancellations: NewPaymentCancellation[];
}

// Well under PostgreSQL's 65,535 bind parameters per statement for the widest table.
const CHUNK_ROWS = 500;

/** Inserts the plan in foreign-key order and moves case_code_seq past the seeded codes. */
export async function writePlan(tx: Transaction, { people, records, cancellations }: DemoPlan): Promise<void> {
  await insertRows(tx, operators, people.operators);
  await insertRows(tx, users, people.users);
  await insertRows(
    tx,
    parkingLots,
    people.lots.map((lot) => lot.row),
  );
  await insertRows(
    tx,
    customers,
    people.customers.map((customer) => customer.row),
  );
  await insertRows(
    tx,
    passes,
    people.customers.flatMap((customer) => [...customer.passes.values()]),
  );
  // Opening order: a duplicate's original is always inserted before it.
  await insertRows(tx, cases, records.cases);
  await insertRows(tx, caseEvents, records.events);
  await insertRows(tx, exitRequests, records.exitRequests);
  await insertRows(tx, registrationRequests, records.registrationRequests);
  await insertRows(tx, onsitePayments, records.onsitePayments);
  await insertRows(tx, paymentCancellations, cancellations);
  await insertRows(tx, coupons, records.coupons);
  await insertRows(tx, refunds, records.refunds);
  await insertRows(tx, smsMessages, records.smsMessages);
  // The codes used numbers 1..n without the sequence; the next real case must get n + 1 or more.
  await tx.execute(sql`SELECT setval('case_code_seq', GREATEST(${records.cases.length}::bigint, (SELECT last_value FROM case_code_seq)))`);
}

async function insertRows<T extends PgTable>(tx: Transaction, table: T, rows: readonly PgInsertValue<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    await tx.insert(table).values(rows.slice(i, i + CHUNK_ROWS));
  }
}
