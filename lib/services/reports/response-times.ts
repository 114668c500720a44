import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';
import { exitRequests, parkingLots, registrationRequests, responseTargets } from '@/db/schema';
import { kstMonthRange } from '@/lib/domain/kst-month';
import { DEFAULT_RESPONSE_TARGETS } from '@/lib/domain/response-targets';
import { toCount } from './report-rows';

/** How fast requests made in a month were answered, for one operator or one lot. */
export interface ResponseTimeStats {
  exitRequests: number;
  exitAckMedianSeconds: number | null;
  exitAckP90Seconds: number | null;
  exitWithinTargetShare: number | null;
  registrationRequests: number;
  registrationConfirmMedianSeconds: number | null;
  registrationConfirmP90Seconds: number | null;
  registrationWithinTargetShare: number | null;
  overdueCount: number;
}

export interface ResponseTimeReportData {
  month: string;
  byOperator: Array<{ operatorId: string; times: ResponseTimeStats }>;
  byLot: Array<{ lotId: string; times: ResponseTimeStats }>;
}

/**
 * Response times of requests made (requested_at) in a KST month, per operator and per lot in
 * one GROUPING SETS statement. A request is answered when the exit is acknowledged or the
 * registration confirmed or rejected; it is within target when answered by requested_at + the
 * operator's target (response_targets, else DEFAULT_RESPONSE_TARGETS), overdue when answered
 * later or still open past it at `now`. Shares are within ÷ (within + overdue): open requests
 * not yet due are not judged. Medians and p90 are percentile_cont (interpolated) in seconds;
 * registration times count confirmed requests only.
 */
export async function responseTimes(db: Executor, month: string, now = new Date()): Promise<ResponseTimeReportData> {
  const { start, end } = kstMonthRange(month);
  // Instants go in as ISO text cast in SQL, which both drivers (pg, PGlite) pass alike.
  const from = sql`${start.toISOString()}::timestamptz`;
  const to = sql`${end.toISOString()}::timestamptz`;
  const requests = sql`
    SELECT 'EXIT' AS kind, e.lot_id, pl.operator_id,
      e.acknowledged_at AS answered_at,
      extract(epoch FROM e.acknowledged_at - e.requested_at)::float8 AS seconds,
      e.requested_at + make_interval(mins => coalesce(rt.exit_ack_minutes, ${DEFAULT_RESPONSE_TARGETS.exitAckMinutes}::int)) AS due_at
    FROM ${exitRequests} e JOIN ${parkingLots} pl ON pl.id = e.lot_id LEFT JOIN ${responseTargets} rt ON rt.operator_id = pl.operator_id
    WHERE e.requested_at >= ${from} AND e.requested_at < ${to}
    UNION ALL
    SELECT 'REGISTRATION', r.lot_id, pl.operator_id,
      r.resolved_at,
      CASE WHEN r.status = 'CONFIRMED' THEN extract(epoch FROM r.resolved_at - r.requested_at)::float8 END,
      r.requested_at + make_interval(mins => coalesce(rt.registration_confirm_minutes, ${DEFAULT_RESPONSE_TARGETS.registrationConfirmMinutes}::int))
    FROM ${registrationRequests} r JOIN ${parkingLots} pl ON pl.id = r.lot_id LEFT JOIN ${responseTargets} rt ON rt.operator_id = pl.operator_id
    WHERE r.requested_at >= ${from} AND r.requested_at < ${to}`;
  const within = sql`answered_at <= due_at`;
  const overdue = sql`(answered_at > due_at OR (answered_at IS NULL AND due_at < ${now.toISOString()}::timestamptz))`;
  const share = (kind: string) =>
    sql`(count(*) FILTER (WHERE kind = ${kind} AND ${within}))::float8
      / nullif(count(*) FILTER (WHERE kind = ${kind} AND (${within} OR ${overdue})), 0)`;
  const percentile = (fraction: number, kind: string) =>
    sql`percentile_cont(${fraction}::float8) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE kind = ${kind})`;
  const result = await db.execute(sql`
    WITH requests AS (${requests})
    SELECT operator_id, lot_id, GROUPING(lot_id) = 1 AS operator_total,
      count(*) FILTER (WHERE kind = 'EXIT') AS exit_requests,
      ${percentile(0.5, 'EXIT')} AS exit_median, ${percentile(0.9, 'EXIT')} AS exit_p90, ${share('EXIT')} AS exit_share,
      count(*) FILTER (WHERE kind = 'REGISTRATION') AS registration_requests,
      ${percentile(0.5, 'REGISTRATION')} AS registration_median, ${percentile(0.9, 'REGISTRATION')} AS registration_p90,
      ${share('REGISTRATION')} AS registration_share,
      count(*) FILTER (WHERE ${overdue}) AS overdue
    FROM requests
    GROUP BY GROUPING SETS ((operator_id), (operator_id, lot_id))
    ORDER BY operator_id, lot_id NULLS FIRST`);
  const report: ResponseTimeReportData = { month, byOperator: [], byLot: [] };
  for (const row of rowsOf<Record<string, unknown>>(result)) {
    const times: ResponseTimeStats = {
      exitRequests: toCount(row.exit_requests),
      exitAckMedianSeconds: orNull(row.exit_median),
      exitAckP90Seconds: orNull(row.exit_p90),
      exitWithinTargetShare: orNull(row.exit_share),
      registrationRequests: toCount(row.registration_requests),
      registrationConfirmMedianSeconds: orNull(row.registration_median),
      registrationConfirmP90Seconds: orNull(row.registration_p90),
      registrationWithinTargetShare: orNull(row.registration_share),
      overdueCount: toCount(row.overdue),
    };
    if (row.operator_total === true) report.byOperator.push({ operatorId: String(row.operator_id), times });
    else report.byLot.push({ lotId: String(row.lot_id), times });
  }
  return report;
}

const orNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
