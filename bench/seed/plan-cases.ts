import type pg from 'pg';
import type { Scale } from './scale';
import { firstMonth, monthNumber, REPEATER_SPAN, repeaterCohorts, STREAM } from './sql-functions';

/** The 2024-07-26 policy (the baseline migration's row): no coupon for incidents before it. */
const POLICY_FROM = '2024-07-26T00:00:00+09:00';

// The n-th delay of case i: its own draw, so the steps of one case are independent.
const draw = (n: number) => `pg_temp.rnd(${STREAM.step}, i * 16 + ${n})`;
// A whole number of minutes in [min, max].
const between = (n: number, min: number, max: number) => `pg_temp.minutes(${min} + floor(${draw(n)} * ${max - min + 1}))`;

/**
 * Plans every case in a temporary table, one row per case with the time of each step of its
 * flow (null where the step had not happened by `until`). Every table of cases and their
 * children is then one INSERT … SELECT from it. Who calls: customers above `repeaters` once
 * each, the rest of the calls go to repeaters with a heavy skew; a case's lot is its
 * customer's (pass's) lot, and repeaters crowd onto a few lots.
 */
export function planSteps(client: pg.Client, scale: Scale, until: Date) {
  const { cases, customers, repeaters, agents } = scale;
  const oneTimers = customers - repeaters;
  const end = `'${until.toISOString()}'::timestamptz`;
  const start = `(SELECT starts FROM bench_months WHERE m = 0)`;
  const cohorts = repeaterCohorts(scale);
  // Repeaters per group (the last few groups may have one more, never drawn: harmless).
  const perCohort = Math.floor(repeaters / cohorts);
  const monthZero = monthNumber(firstMonth(scale, until));
  return {
    'plan (base)': () =>
      client.query(`
        CREATE TEMP TABLE plan_base AS
        WITH drawn AS (
          SELECT i, c, pg_temp.customer_lot(c) AS lot, incident0,
            CASE WHEN pg_temp.rnd(${STREAM.kind}, i) < 0.7 THEN 'OPERATOR_OMISSION'
              WHEN pg_temp.rnd(${STREAM.kind}, i) < 0.9 THEN 'EQUIPMENT_FAULT' ELSE 'REFUND_CLAIM' END AS kind0,
            c < ${repeaters} AND pg_temp.rnd(${STREAM.duplicate}, i) < 0.06 AS dup_flag
          FROM (
            -- A caller of one time: one case in the month of the pass.
            SELECT i, ${repeaters} + i AS c, ms.starts + (ms.ends - interval '10 minutes' - ms.starts) * pg_temp.rnd(${STREAM.incident}, i) AS incident0
            FROM generate_series(0, ${oneTimers - 1}) i JOIN bench_months ms ON ms.m = pg_temp.customer_first_month(${repeaters} + i)
            UNION ALL
            -- A repeat call: any time; then one of the repeaters whose pass is in force that month,
            -- the low-numbered ones of each group far more often.
            SELECT i, (m - pg_temp.pick(${STREAM.repeaterOfMonth}, i, ${REPEATER_SPAN}) + ${REPEATER_SPAN - 1})
                + ${cohorts} * floor(${perCohort} * power(pg_temp.rnd(${STREAM.customerOfCase}, i), 1.5))::int, t
            FROM generate_series(${oneTimers}, ${cases - 1}) i
              CROSS JOIN LATERAL (SELECT ${start} + (${end} - interval '10 minutes' - ${start}) * pg_temp.rnd(${STREAM.incident}, i) AS t) drawn_at
              CROSS JOIN LATERAL (SELECT (extract(year FROM t AT TIME ZONE 'Asia/Seoul') * 12 + extract(month FROM t AT TIME ZONE 'Asia/Seoul'))::int - ${monthZero} AS m) month_of
          ) callers
        ), opened AS (
          -- Called in 3 minutes to 2 hours, and before the end of the data.
          SELECT drawn.*, incident0 + least(pg_temp.minutes(3 + floor(pg_temp.rnd(${STREAM.openDelay}, i) * 120)), (${end} - incident0) * 0.9) AS created0
          FROM drawn
        ), grouped AS (
          -- A flagged call re-asks about the customer's last unflagged case (its "head").
          SELECT opened.*, count(*) FILTER (WHERE NOT dup_flag) OVER (PARTITION BY c ORDER BY created0, i ROWS UNBOUNDED PRECEDING) AS grp
          FROM opened
        ), headed AS (
          SELECT grouped.*, first_value(i) OVER g AS head_i, first_value(incident0) OVER g AS head_incident,
            first_value(kind0) OVER g AS head_kind, first_value(created0) OVER g AS head_created
          FROM grouped WINDOW g AS (PARTITION BY c, grp ORDER BY created0, i)
        )
        SELECT i, c, lot, pg_temp.pick(${STREAM.agent}, i, ${agents}) AS agent,
          dup_flag AND grp > 0 AS is_dup,
          CASE WHEN dup_flag AND grp > 0 THEN head_i END AS head_i,
          CASE WHEN dup_flag AND grp > 0 THEN head_kind ELSE kind0 END AS kind,
          CASE WHEN dup_flag AND grp > 0 THEN head_incident ELSE incident0 END AS incident_at,
          CASE WHEN dup_flag AND grp > 0
            THEN head_created + least(pg_temp.minutes(10 + floor(pg_temp.rnd(${STREAM.duplicateDelay}, i) * 2880)), (${end} - head_created) * 0.9)
            ELSE created0 END AS created_at
        FROM headed`),
    'plan (flows)': () =>
      client.query(`
        -- Each stage is MATERIALIZED: inlined, every later reference to a step's time would
        -- repeat the whole chain of expressions before it.
        CREATE TEMP TABLE plan_flow AS
        WITH raw AS MATERIALIZED (
          SELECT b.*, f.*, v.*,
            CASE WHEN b.is_dup THEN v.verified_raw + ${between(2, 1, 3)} END AS linked_raw,
            CASE WHEN omission_flow AND pg_temp.rnd(${STREAM.exit}, i) < CASE WHEN f.has_button THEN 0.3 ELSE 0.75 END
              THEN v.verified_raw + ${between(3, 1, 3)} END AS exit_req_raw
          FROM plan_base b
            CROSS JOIN LATERAL (SELECT
              b.is_dup OR pg_temp.rnd(${STREAM.verified}, b.i) < 0.93 AS verifiable,
              pg_temp.lot_slowness(b.lot) AS slow,
              pg_temp.lot_has_button(b.lot) AS has_button,
              pg_temp.rnd(${STREAM.stalled}, b.i) < 0.003 AS stalled
            ) f
            CROSS JOIN LATERAL (SELECT
              CASE WHEN f.verifiable THEN b.created_at + ${between(0, 1, 2)} END AS verified_raw,
              CASE WHEN NOT f.verifiable THEN b.created_at + ${between(1, 2, 4)} END AS checked_raw,
              NOT b.is_dup AND f.verifiable AND b.kind = 'OPERATOR_OMISSION' AS omission_flow,
              NOT b.is_dup AND f.verifiable AND b.kind = 'REFUND_CLAIM' AND pg_temp.rnd(${STREAM.refund}, b.i) < 0.1 AS refund_wish
            ) v
        ), claimed AS MATERIALIZED (
          -- One refund per pass (a customer has one): the database refuses refunds of a pass
          -- beyond its price and a new one once it is refunded, so a later claim on the same
          -- pass is only explained.
          SELECT raw.*, refund_wish AND row_number() OVER (PARTITION BY c, refund_wish ORDER BY created_at, i) = 1 AS refund_flow
          FROM raw
        ), registration AS MATERIALIZED (
          SELECT claimed.*,
            exit_req_raw + pg_temp.minutes(2 + ${draw(4)} * 10 * slow) AS exit_ack_raw,
            CASE WHEN omission_flow THEN coalesce(exit_req_raw, verified_raw) + ${between(5, 1, 3)} END AS reg_req_raw
          FROM claimed
        ), answered AS MATERIALIZED (
          SELECT registration.*, reg_ack_raw, reg_ack_raw + pg_temp.minutes(15 + ${draw(7)} * 300 * slow) AS reg_done_raw
          FROM registration CROSS JOIN LATERAL (SELECT reg_req_raw + pg_temp.minutes(10 + ${draw(6)} * 120 * slow) AS reg_ack_raw) a
        ), explained AS MATERIALIZED (
          SELECT answered.*,
            CASE WHEN omission_flow THEN greatest(reg_done_raw, exit_ack_raw) + pg_temp.minutes(5 + ${draw(8)} * 85)
              WHEN refund_flow THEN verified_raw + ${between(11, 2, 4)}
              WHEN verifiable AND NOT is_dup THEN verified_raw + pg_temp.minutes(3 + ${draw(8)} * 20) END AS explained_raw
          FROM answered
        ), refunded AS MATERIALIZED (
          SELECT explained.*, proposed_raw, proposed_raw + ${between(13, 360, 1560)} AS decided_raw
          FROM explained CROSS JOIN LATERAL (SELECT CASE WHEN refund_flow THEN explained_raw + ${between(12, 3, 10)} END AS proposed_raw) p
        )
        SELECT i, c, lot, agent, kind, incident_at, pg_temp.kst_month(incident_at) AS incident_month, created_at,
          is_dup, omission_flow, refund_flow,
          ${clip('verified_raw')} AS verified_at, ${clip('checked_raw')} AS checked_at,
          ${clip('linked_raw')} AS linked_at, CASE WHEN linked_raw <= ${end} THEN head_i END AS duplicate_of,
          ${clip('exit_req_raw')} AS exit_req_at, ${clip('exit_ack_raw')} AS exit_ack_at,
          ${clip('reg_req_raw')} AS reg_req_at, ${clip('reg_ack_raw')} AS reg_ack_at, ${clip('reg_done_raw')} AS reg_done_at,
          pg_temp.rnd(${STREAM.rejected}, i) < 0.03 AS reg_rejected,
          ${clip('explained_raw')} AS explained_at,
          ${clip(`explained_raw + ${between(9, 1, 2)}`)} AS coupon_raw,
          ${clip('proposed_raw')} AS proposed_at, ${clip('decided_raw')} AS decided_at,
          pg_temp.rnd(${STREAM.refundDecision}, i) < 0.9 AS refund_approved,
          CASE WHEN pg_temp.rnd(${STREAM.refundBasis}, i) < 0.5 THEN 'CONSUMER_AGENCY' ELSE 'COMPANY_POLICY' END AS refund_basis,
          pg_temp.rnd(${STREAM.dissatisfied}, i) < 0.5 AS dissatisfied,
          CASE WHEN stalled THEN NULL
            ELSE ${clip(`CASE WHEN is_dup THEN linked_raw + ${between(15, 1, 4)}
              WHEN NOT verifiable THEN checked_raw + ${between(15, 1, 2)}
              WHEN refund_flow THEN decided_raw + ${between(14, 10, 60)}
              ELSE explained_raw + ${between(10, 3, 6)} END`)} END AS resolved_at
        FROM refunded`),
    // Coupons: the policy's 2nd counted omission of a customer's KST month, once a month (slot 1).
    plan: () =>
      client.query(`
        CREATE TEMP TABLE plan AS
        WITH counted AS (
          SELECT f.*, kind = 'OPERATOR_OMISSION' AND verified_at IS NOT NULL AND duplicate_of IS NULL AS counted
          FROM plan_flow f
        ), ranked AS (
          SELECT counted.*, CASE WHEN counted THEN row_number() OVER (PARTITION BY c, incident_month, counted ORDER BY verified_at, i) END AS omission_rank
          FROM counted
        ), candidates AS (
          SELECT ranked.*, coalesce(omission_rank >= 2 AND omission_flow AND dissatisfied AND coupon_raw IS NOT NULL
            AND incident_at >= '${POLICY_FROM}'::timestamptz, false) AS candidate
          FROM ranked
        )
        SELECT candidates.*,
          pg_temp.uid('case', i) AS case_id, pg_temp.uid('agent', agent) AS agent_id,
          pg_temp.uid('staff', pg_temp.lot_operator(lot) * ${scale.staffPerOperator} + i % ${scale.staffPerOperator}) AS staff_id,
          pg_temp.uid('manager', i % ${scale.managers}) AS manager_id,
          CASE WHEN candidate AND row_number() OVER (PARTITION BY c, incident_month, candidate ORDER BY verified_at, i) = 1 THEN coupon_raw END AS coupon_at,
          row_number() OVER (ORDER BY created_at, i) AS seq
        FROM candidates`),
  };

  function clip(expression: string): string {
    return `CASE WHEN (${expression}) <= ${end} THEN (${expression}) END`;
  }
}
