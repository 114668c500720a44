import pg from 'pg';
import { kstMonthOf, kstMonthRange, previousMonth } from '../../lib/domain/kst-month';
import { PLATE_SYLLABLES } from '../../db/seed/names';
import type { Scale } from './scale';

/** The months of a repeater's pass: its calls fall in them. */
export const REPEATER_SPAN = 12;

/** Repeaters by first month of their pass: one group per first month from REPEATER_SPAN - 1 months before month 0. */
export function repeaterCohorts(scale: Scale): number {
  return scale.months + REPEATER_SPAN - 1;
}

/**
 * One independent random stream per decision, so that changing how one column is drawn
 * leaves every other column of the same seed as it was.
 */
export const STREAM = {
  customerOfCase: 1,
  incident: 2,
  openDelay: 3,
  duplicate: 4,
  duplicateDelay: 5,
  kind: 6,
  verified: 7,
  agent: 8,
  step: 9,
  exit: 10,
  exitAck: 11,
  registrationAck: 12,
  registrationDone: 13,
  rejected: 14,
  callback: 15,
  refund: 16,
  refundDecision: 17,
  dissatisfied: 18,
  stalled: 19,
  note: 20,
  refundBasis: 21,
  lotOperator: 30,
  lotButton: 31,
  lotPrice: 32,
  lotSlowness: 33,
  lotIntegration: 34,
  lotPlace: 35,
  customerLot: 40,
  customerMonth: 41,
  repeaterOfMonth: 42,
  customerName: 43,
  customerPhone: 44,
  plate: 45,
  passStatus: 46,
  operatorTargets: 50,
} as const;

/**
 * Session-local SQL helpers (pg_temp, gone with the connection) that every loader uses: a
 * seeded uniform draw per (stream, row), ids derived from (kind, row), the lots' and customers'
 * traits as functions of their number, and the table of KST months. Pure SQL functions, so
 * PostgreSQL inlines them into the set-based INSERTs.
 */
export async function createSqlFunctions(client: pg.Client, seed: number, scale: Scale, until: Date): Promise<void> {
  const key = seed * 1_000;
  const sqlFunction = (signature: string, returns: string, body: string) =>
    client.query(`CREATE FUNCTION pg_temp.${signature} RETURNS ${returns} LANGUAGE sql IMMUTABLE AS $$ ${body} $$`);

  // 52 random bits of a seeded hash: the same (seed, stream, row) always draws the same number.
  await sqlFunction(
    'rnd(stream int, n bigint)',
    'float8',
    `SELECT (hashint8extended(n, ${key}::bigint + stream) & 4503599627370495)::float8 / 4503599627370496.0`,
  );
  await sqlFunction('pick(stream int, n bigint, choices int)', 'int', `SELECT floor(pg_temp.rnd(stream, n) * choices)::int`);
  // A version-4-shaped UUID (the API's zod check wants the version and variant digits).
  await sqlFunction(
    'uid(kind text, n bigint)',
    'uuid',
    `SELECT overlay(overlay(md5('${seed}:' || kind || ':' || n) placing '4' from 13) placing '8' from 17)::uuid`,
  );
  await sqlFunction('kst_date(at timestamptz)', 'date', `SELECT (at AT TIME ZONE 'Asia/Seoul')::date`);
  await sqlFunction('kst_month(at timestamptz)', 'text', `SELECT to_char(at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM')`);
  await sqlFunction('minutes(m float8)', 'interval', `SELECT make_interval(secs => round(m * 60))`);

  // Lots: a few big operators run many lots; a few lots are slow to answer requests.
  await sqlFunction(
    'lot_operator(lot int)',
    'int',
    `SELECT floor(${scale.operators} * power(pg_temp.rnd(${STREAM.lotOperator}, lot), 1.6))::int`,
  );
  await sqlFunction('lot_has_button(lot int)', 'boolean', `SELECT pg_temp.rnd(${STREAM.lotButton}, lot) < 0.6`);
  await sqlFunction('lot_price(lot int)', 'int', `SELECT (8 + pg_temp.pick(${STREAM.lotPrice}, lot, 18)) * 10000`);
  await sqlFunction('lot_slowness(lot int)', 'float8', `SELECT 0.5 + 3 * power(pg_temp.rnd(${STREAM.lotSlowness}, lot), 4)`);

  // Customers: repeaters crowd onto the lots of low number (the ones that fail often), callers
  // of one time spread wider. A caller of one time holds a pass of one month; a repeater one of
  // REPEATER_SPAN months, the repeaters' first months staggered evenly from REPEATER_SPAN - 1
  // months before month 0 on, so that every month has as many repeaters with a pass in force.
  const { repeaters, lots, months } = scale;
  await sqlFunction(
    'customer_lot(customer int)',
    'int',
    `SELECT floor(${lots} * power(pg_temp.rnd(${STREAM.customerLot}, customer), CASE WHEN customer < ${repeaters} THEN 2.2 ELSE 1.3 END))::int`,
  );
  await sqlFunction('customer_span(customer int)', 'int', `SELECT CASE WHEN customer < ${repeaters} THEN ${REPEATER_SPAN} ELSE 1 END`);
  await sqlFunction(
    'customer_first_month(customer int)',
    'int',
    `SELECT CASE WHEN customer < ${repeaters} THEN customer % ${repeaterCohorts(scale)} - ${REPEATER_SPAN - 1}
      ELSE pg_temp.pick(${STREAM.customerMonth}, customer, ${months}) END`,
  );

  const names = monthsOf(scale, until);
  // A customer's pass runs over whole KST months: its calls' months.
  await sqlFunction(
    'pass_starts(customer int)',
    'date',
    `SELECT ('${names[0]}-01'::date + make_interval(months => pg_temp.customer_first_month(customer)))::date`,
  );
  await sqlFunction(
    'pass_ends(customer int)',
    'date',
    `SELECT (pg_temp.pass_starts(customer) + make_interval(months => pg_temp.customer_span(customer)))::date - 1`,
  );
  await sqlFunction(
    'pass_paid(customer int)',
    'int',
    `SELECT pg_temp.lot_price(pg_temp.customer_lot(customer)) * pg_temp.customer_span(customer)`,
  );
  await sqlFunction(
    'plate(customer int)',
    'text',
    `SELECT (10 + pg_temp.pick(${STREAM.plate}, customer, 90)) || (${textArray(PLATE_SYLLABLES)})[1 + pg_temp.pick(${STREAM.plate}, customer + ${2 ** 40}, ${PLATE_SYLLABLES.length})]
      || lpad(pg_temp.pick(${STREAM.plate}, customer + ${2 ** 41}, 10000)::text, 4, '0')`,
  );
  const rows = names.map((month, m) => {
    const { start, end } = kstMonthRange(month);
    const ends = end.getTime() > until.getTime() ? until : end;
    return `(${m}, '${month}', '${start.toISOString()}'::timestamptz, '${ends.toISOString()}'::timestamptz)`;
  });
  await client.query(
    `CREATE TEMP TABLE bench_months (m int PRIMARY KEY, month text NOT NULL, starts timestamptz NOT NULL, ends timestamptz NOT NULL)`,
  );
  await client.query(`INSERT INTO bench_months VALUES ${rows.join(', ')}`);
}

/** The KST months of the data, oldest (month 0) first; the last one ends at `until` rather than at its end. */
export function monthsOf(scale: Scale, until: Date): string[] {
  const last = kstMonthOf(new Date(until.getTime() - 1));
  const names = [last];
  while (names.length < scale.months) names.unshift(previousMonth(names[0] ?? last));
  return names;
}

/** Month 0 of the data. */
export function firstMonth(scale: Scale, until: Date): string {
  return monthsOf(scale, until)[0] ?? '';
}

/** A "YYYY-MM" month as year × 12 + month, so that months subtract. */
export function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
}

/** A text[] literal of our own fixed texts, for picking one per row in SQL. */
export function textArray(texts: readonly string[]): string {
  return `ARRAY[${texts.map((text) => pg.escapeLiteral(text)).join(', ')}]::text[]`;
}
