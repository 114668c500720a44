import type pg from 'pg';
import { GIVEN_NAMES, SURNAMES } from '../../db/seed/names';
import type { Scale } from './scale';
import { STREAM, textArray } from './sql-functions';

/** Customers and their one pass each, over the run of months their calls fall in. */
export function customerSteps(client: pg.Client, scale: Scale) {
  const last = scale.customers - 1;
  return {
    customers: () =>
      client.query(`
        INSERT INTO customers (id, name, phone, account_ref, created_at)
        SELECT pg_temp.uid('customer', c),
          (${textArray(SURNAMES)})[1 + pg_temp.pick(${STREAM.customerName}, c, ${SURNAMES.length})]
            || (${textArray(GIVEN_NAMES)})[1 + pg_temp.pick(${STREAM.customerName}, c + ${2 ** 40}, ${GIVEN_NAMES.length})],
          '010' || lpad(pg_temp.pick(${STREAM.customerPhone}, c, 100000000)::text, 8, '0'),
          'bench-' || lpad(c::text, 7, '0'),
          pg_temp.pass_starts(c) - interval '10 days'
        FROM generate_series(0, ${last}) c`),
    // A pass whose refund was approved is REFUNDED; a few others were cancelled later.
    passes: () =>
      client.query(`
        INSERT INTO passes (id, customer_id, lot_id, plate, starts_on, ends_on, amount_paid, available_days, status, registered, created_at)
        SELECT pg_temp.uid('pass', c), pg_temp.uid('customer', c), pg_temp.uid('lot', pg_temp.customer_lot(c)), pg_temp.plate(c),
          pg_temp.pass_starts(c), pg_temp.pass_ends(c), pg_temp.pass_paid(c), pg_temp.pass_ends(c) - pg_temp.pass_starts(c) + 1,
          CASE WHEN r.c IS NOT NULL THEN 'REFUNDED' WHEN pg_temp.rnd(${STREAM.passStatus}, c) < 0.02 THEN 'CANCELLED' ELSE 'ACTIVE' END::pass_status,
          pg_temp.rnd(${STREAM.passStatus}, c + ${2 ** 40}) < 0.95,
          pg_temp.pass_starts(c) - interval '5 days'
        FROM generate_series(0, ${last}) c
          LEFT JOIN (SELECT DISTINCT c FROM plan WHERE decided_at IS NOT NULL AND refund_approved) r USING (c)`),
  };
}
