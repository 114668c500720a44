import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '@/db/client';
import { cases, monthlyLotFigures as f, parkingLots } from '@/db/schema';
import { fieldError } from '../core/service-error';
import { countedOmission, REPEAT_MIN_OMISSIONS } from './counted-omission';
import { countRows, toCount } from './report-rows';

/** One lot's omission figures for a KST month. */
export interface LotOmissionRow {
  lotId: string;
  omissions: number;
  customersWithRepeats: number;
  couponsIssued: number;
  couponAmount: number;
}

export interface RepeatOmissionReportData {
  month: string;
  totalOmissions: number;
  /** Lots in the whole report, not only on this page. */
  totalCount: number;
  rows: LotOmissionRow[];
  hasNextPage: boolean;
  /** Where the page after this one starts; null when the page is empty. */
  endCursor: string | null;
}

/** A page of the report: at most `first` lots (all when null) after the `after` cursor. */
export interface ReportPage {
  first?: number | null;
  after?: string | null;
}

/** The largest page a client may ask for; without `first` the report answers every lot, as it always did. */
export const MAX_REPORT_PAGE = 500;

/**
 * Counted omissions per lot in a KST month, with the customers hit twice or more there and
 * the coupons issued on the lot's cases of that month. A lot is listed when it had any case
 * (of any kind) or coupon that month, with zeros where nothing counted; lots without
 * activity are left out. Most omissions first, then by lot name (code-point order, which puts
 * Hangul in dictionary order) and id, so pages never overlap. One statement: the lots, their
 * coupons and omissions come from monthly_lot_figures; only the repeat customers of the lots on
 * the page are counted from their omissions (a range of cases_counted_omissions_idx per lot).
 */
export async function repeatOmissionReport(db: Executor, month: string, page: ReportPage = {}): Promise<RepeatOmissionReportData> {
  const cursor = page.after ? decodeCursor(page.after) : null;
  const limit = page.first ?? null;
  const result = await db.execute(sql`
    WITH report AS (
      SELECT ${f.lotId} AS lot_id, ${parkingLots.name} COLLATE "C" AS name, ${f.omissions} AS omissions,
        ${f.couponsIssued} AS coupons_issued, ${f.couponAmount} AS coupon_amount
      FROM ${f} JOIN ${parkingLots} ON ${parkingLots.id} = ${f.lotId}
      WHERE ${f.month} = ${month} AND (${f.cases} > 0 OR ${f.couponsIssued} > 0)
    ), after_lot AS (
      SELECT ${cursor?.omissions ?? null}::integer AS omissions, ${parkingLots.name} COLLATE "C" AS name, ${parkingLots.id} AS lot_id
      FROM ${parkingLots} WHERE ${parkingLots.id} = ${cursor?.lotId ?? null}::uuid
    )
    SELECT t.total_count, t.total_omissions, p.*, coalesce(r.customers, 0) AS customers_with_repeats
    FROM (SELECT count(*) AS total_count, coalesce(sum(omissions), 0) AS total_omissions FROM report) t
      LEFT JOIN LATERAL (
        SELECT report.* FROM report
        WHERE ${cursor ? sql`EXISTS (SELECT 1 FROM after_lot a WHERE report.omissions < a.omissions OR (report.omissions = a.omissions AND (report.name, report.lot_id) > (a.name, a.lot_id)))` : sql`true`}
        ORDER BY omissions DESC, name, lot_id
        LIMIT ${limit === null ? null : limit + 1}
      ) p ON true
      -- Repeat customers only for the lots on the page, and only where two omissions could make one.
      LEFT JOIN LATERAL (
        SELECT count(*) AS customers FROM (
          SELECT 1 FROM ${cases}
          WHERE ${cases.incidentMonth} = ${month} AND ${cases.lotId} = p.lot_id AND ${countedOmission}
          GROUP BY ${cases.customerId} HAVING count(*) >= ${REPEAT_MIN_OMISSIONS}
        ) repeat_customers
      ) r ON p.omissions >= ${REPEAT_MIN_OMISSIONS}
    ORDER BY p.omissions DESC, p.name, p.lot_id`);
  const answered = rowsOf<Record<string, unknown>>(result);
  // The totals come on every row, and alone on one row without a lot when the page is empty.
  const totals = answered[0];
  const onPage = { rows: answered.filter((row) => row.lot_id !== null) };
  const rows = countRows(onPage, 'lotId', ['omissions', 'customersWithRepeats', 'couponsIssued', 'couponAmount']);
  const shown = limit === null ? rows : rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    month,
    totalOmissions: toCount(totals?.total_omissions),
    totalCount: toCount(totals?.total_count),
    rows: shown,
    hasNextPage: rows.length > shown.length,
    endCursor: last ? encodeCursor(last) : null,
  };
}

// The cursor is the last lot shown and its omissions; its name is read again, so it stays short.
function encodeCursor(row: LotOmissionRow): string {
  return Buffer.from(JSON.stringify([row.omissions, row.lotId])).toString('base64url');
}

function decodeCursor(cursor: string): { omissions: number; lotId: string } {
  try {
    const [omissions, lotId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (!Number.isSafeInteger(omissions) || (omissions as number) < 0) throw new Error('bad cursor');
    if (typeof lotId !== 'string' || !/^[0-9a-f-]{36}$/.test(lotId)) throw new Error('bad cursor');
    return { omissions: omissions as number, lotId };
  } catch {
    throw fieldError('BAD_USER_INPUT', 'after', 'badCursor');
  }
}
