import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { createTestApi, openTestDatabase } from '../fixtures/test-api';
import { makeReportDataset, type ReportDataset } from '../fixtures/report-dataset';
import { makeWorld, type World } from '../fixtures/world';

/*
 * The dataset, worked out by hand. Operator X runs lots X1 and X2 (own targets: exit 10 min,
 * registration 60 min); operator Y runs Y1 and Y2 (defaults: exit 5 min, registration 24 h).
 * "counted" = OPERATOR_OMISSION, verified, not a duplicate; months are KST.
 *
 * 2026-04 (the report month)                                   counted?
 *   A1 c1 X1 2026-03-31T15:30Z (KST 04-01 00:30 → April)          yes
 *   A2 c1 X1 2026-04-10                                           yes   coupon 3,000
 *   A3 c1 X1 2026-04-10, duplicate of A2                          no
 *   B1 c2 X1 2026-04-05                                           yes
 *   B2 c2 X1 2026-04-06, caller not verified                      no
 *   B3 c2 X1 2026-04-07 EQUIPMENT_FAULT                           no    refund 10,000 REJECTED
 *   C1 c3 X2 2026-04-02                                           yes
 *   C2 c3 X2 2026-04-20                                           yes   coupon 5,000
 *   D1 c4 X2 2026-04-12 REFUND_CLAIM                              no    refund 115,000 APPROVED
 *   E1 c1 Y1 2026-04-15                                           yes
 *   H1 c5 Y1 2026-04-21, H2 c5 Y1 2026-04-22                      yes, yes (no coupon)
 *   F1 c4 Y1 2026-04-16 REFUND_CLAIM                              no    refund 66,667 PROPOSED
 *   G1 c4 Y2 2026-04-18 EQUIPMENT_FAULT                           no    refund 50,000 APPROVED
 * 2026-03 (the month before)
 *   A4 c1 X1 2026-03-31T14:30Z (KST 03-31 23:30 → March)          yes
 *   C3 c3 X2 03-15, C4 c3 X2 03-16 (coupon 3,000, March), D0 c4 X2 03-17   yes ×3
 *   D0 also has a refund 20,000 APPROVED (March, not April)
 *
 * repeatOmissionReport(2026-04), our lots:
 *   X1: omissions 3 (A1 A2 B1), repeats 1 (c1: A1 A2), coupons 1 / 3,000
 *   X2: omissions 2 (C1 C2),    repeats 1 (c3),        coupons 1 / 5,000
 *   Y1: omissions 3 (E1 H1 H2), repeats 1 (c5; c1 has only E1 here), coupons 0 / 0
 *   Y2: omissions 0, repeats 0, coupons 0 / 0 — listed with zeros: it had a case (G1)
 * operatorOmissionReport(2026-04):
 *   X: omissions 5, repeats 2 (c1, c3; c2 has 1), coupons 2 / 8,000, refunds 1 / 115,000 (D1; B3 rejected)
 *   Y: omissions 3, repeats 1 (c5),               coupons 0 / 0,     refunds 1 / 50,000 (G1; F1 only proposed)
 * repeatCustomers(2026-04): c1 3 omissions, coupon yes, lots X1 Y1; c3 2, yes, X2; c5 2, no, Y1.
 *   c2 (1 counted) and c4 (none) are not listed.
 * worseningLots(2026-04): Y1 0 → 3 (+3), X1 1 → 3 (+2); X2 3 → 2 and Y2 0 → 0 are not listed.
 *
 * responseTimes(2026-04), by request time in KST:
 *   X1 exits acknowledged after 60, 120, 300, 900 s, and one still open (due long ago).
 *     median = percentile_cont(0.5) of [60,120,300,900] = (120+300)/2 = 210
 *     p90: position 0.9×3 = 2.7 → 300 + 0.7×(900−300) = 720
 *     target 600 s: within 3, overdue 2 (900 s, the open one) → share 3/5 = 0.6
 *   X1 registrations (target 3,600 s): confirmed after 1,800 and 5,400 s, rejected after 600 s
 *     confirm median (1800+5400)/2 = 3,600; p90 1800 + 0.9×3600 = 5,040
 *     within 2 (1,800 confirmed, 600 rejected), overdue 1 → share 2/3;  X1 overdue = 2 + 1 = 3
 *   X2 exit acknowledged after 30 s: median 30, p90 30, share 1, no registrations, overdue 0
 *   X (X1 + X2) exits [30,60,120,300,900]: median 120; p90 0.9×4 = 3.6 → 300 + 0.6×600 = 660;
 *     within 4 of 6 → 2/3; registrations as X1; overdue 3
 *   Y1 exits (target 300 s): requested 2026-03-31T15:00Z (KST 04-01 00:00) ack 100 s; ack 300 s
 *     (exactly on target: within); ack 301 s (overdue). One at 2026-03-31T14:59Z (KST March) is left out.
 *     [100,300,301]: median 300, p90 0.9×2 = 1.8 → 300 + 0.8×1 = 300.8, share 2/3
 *   Y1 registrations (target 86,400 s): confirmed after 7,200 s; one only acknowledged since
 *     2026-04-20 (overdue now) → median 7,200, p90 7,200, share 1/2; Y1 overdue = 1 + 1 = 2
 *   Y = Y1 (Y2 has no requests).
 *
 * monthlyTrend(2031-06, 3) — 2031 holds only this file's data, since the trend is global:
 *   T0 2031-03-20 counted, coupon 3,000 (March: outside the window)
 *   T1 c1 X1 2031-04-03 counted, proposed refund 12,345 (not counted)
 *   T5 c2 X1 2031-04-12 counted, coupon 3,000
 *   T3 c2 X1 2031-04-10 EQUIPMENT_FAULT, approved refund 40,000
 *   T4 c1 X1 2031-04-11 duplicate of T1
 *   T2 c1 X1 2031-04-30T15:30Z (KST 05-01 00:30 → May) counted
 *   → 2031-04: omissions 2, coupons 1 / 3,000, refunds 1 / 40,000
 *     2031-05: omissions 1, nothing else;  2031-06: all zero
 */

let handle: DatabaseHandle;
let api: ReturnType<typeof createTestApi>;
let world: World;
let data: ReportDataset;

beforeAll(async () => {
  handle = await openTestDatabase();
  api = createTestApi(handle);
  world = await makeWorld(handle.db);
  data = await makeReportDataset(handle.db);
  const { addCase, addCoupon, addRefund, addExit, addRegistration, setTargets, x1, x2, y1, y2 } = data;
  await setTargets(data.opX.id, 10, 60);

  const a1 = await addCase({ customer: 'c1', lot: x1, at: '2026-03-31T15:30:00Z' });
  const a2 = await addCase({ customer: 'c1', lot: x1, at: '2026-04-10T03:00:00Z' });
  await addCase({ customer: 'c1', lot: x1, at: '2026-04-10T05:00:00Z', duplicateOf: a2 });
  await addCase({ customer: 'c1', lot: x1, at: '2026-03-31T14:30:00Z' });
  await addCoupon(a2, 3000);
  await addCase({ customer: 'c2', lot: x1, at: '2026-04-05T03:00:00Z' });
  await addCase({ customer: 'c2', lot: x1, at: '2026-04-06T03:00:00Z', verified: false });
  const b3 = await addCase({ customer: 'c2', lot: x1, at: '2026-04-07T03:00:00Z', kind: 'EQUIPMENT_FAULT' });
  await addRefund(b3, 10_000, 'REJECTED');

  await addCase({ customer: 'c3', lot: x2, at: '2026-04-02T03:00:00Z' });
  const c2 = await addCase({ customer: 'c3', lot: x2, at: '2026-04-20T03:00:00Z' });
  await addCoupon(c2, 5000);
  const d1 = await addCase({ customer: 'c4', lot: x2, at: '2026-04-12T03:00:00Z', kind: 'REFUND_CLAIM' });
  await addRefund(d1, 115_000, 'APPROVED');
  await addCase({ customer: 'c3', lot: x2, at: '2026-03-15T03:00:00Z' });
  const c4 = await addCase({ customer: 'c3', lot: x2, at: '2026-03-16T03:00:00Z' });
  await addCoupon(c4, 3000);
  const d0 = await addCase({ customer: 'c4', lot: x2, at: '2026-03-17T03:00:00Z' });
  await addRefund(d0, 20_000, 'APPROVED');

  const e1 = await addCase({ customer: 'c1', lot: y1, at: '2026-04-15T03:00:00Z' });
  await addCase({ customer: 'c5', lot: y1, at: '2026-04-21T03:00:00Z' });
  await addCase({ customer: 'c5', lot: y1, at: '2026-04-22T03:00:00Z' });
  const f1 = await addCase({ customer: 'c4', lot: y1, at: '2026-04-16T03:00:00Z', kind: 'REFUND_CLAIM' });
  await addRefund(f1, 66_667, 'PROPOSED');
  const g1 = await addCase({ customer: 'c4', lot: y2, at: '2026-04-18T03:00:00Z', kind: 'EQUIPMENT_FAULT' });
  await addRefund(g1, 50_000, 'APPROVED');

  // Requests: which case they hang on does not matter, only the lot and the times.
  for (const seconds of [60, 120, 300, 900]) await addExit(a1, '2026-04-03T01:00:00Z', seconds);
  await addExit(a1, '2026-04-04T01:00:00Z', null);
  await addRegistration(a1, '2026-04-05T01:00:00Z', 'CONFIRMED', 1800);
  await addRegistration(a1, '2026-04-05T02:00:00Z', 'CONFIRMED', 5400);
  await addRegistration(a1, '2026-04-05T03:00:00Z', 'REJECTED', 600);
  await addExit(c2, '2026-04-20T04:00:00Z', 30);
  await addExit(e1, '2026-03-31T15:00:00Z', 100);
  await addExit(e1, '2026-04-15T04:00:00Z', 300);
  await addExit(e1, '2026-04-15T05:00:00Z', 301);
  await addExit(e1, '2026-03-31T14:59:00Z', 10_000);
  await addRegistration(e1, '2026-04-15T06:00:00Z', 'CONFIRMED', 7200);
  await addRegistration(e1, '2026-04-20T06:00:00Z', 'ACKNOWLEDGED', 0);

  const t0 = await addCase({ customer: 'c1', lot: x1, at: '2031-03-20T03:00:00Z' });
  await addCoupon(t0, 3000);
  const t1 = await addCase({ customer: 'c1', lot: x1, at: '2031-04-03T03:00:00Z' });
  await addRefund(t1, 12_345, 'PROPOSED');
  const t5 = await addCase({ customer: 'c2', lot: x1, at: '2031-04-12T03:00:00Z' });
  await addCoupon(t5, 3000);
  const t3 = await addCase({ customer: 'c2', lot: x1, at: '2031-04-10T03:00:00Z', kind: 'EQUIPMENT_FAULT' });
  await addRefund(t3, 40_000, 'APPROVED');
  await addCase({ customer: 'c1', lot: x1, at: '2031-04-11T03:00:00Z', duplicateOf: t1 });
  await addCase({ customer: 'c1', lot: x1, at: '2031-04-30T15:30:00Z' });
});

afterAll(async () => {
  await handle?.close();
});

type Row = Record<string, unknown> & { lot?: { id: string }; operator?: { id: string }; customer?: { id: string } };

async function managerQuery(query: string, variables: Record<string, unknown> = {}) {
  const result = await api.run(query, variables, world.manager);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, unknown>;
}

/** Our rows out of a global report, keyed by our names for them. */
function ours<T extends Row>(
  rows: T[],
  pick: (row: T) => string | undefined,
  names: Record<string, string>,
): Record<string, Omit<T, 'lot' | 'operator' | 'customer'>> {
  const byId = new Map(Object.entries(names).map(([name, id]) => [id, name]));
  const out: Record<string, Omit<T, 'lot' | 'operator' | 'customer'>> = {};
  for (const row of rows) {
    const name = byId.get(pick(row) ?? '');
    if (!name) continue;
    const { lot: _lot, operator: _operator, customer: _customer, ...figures } = row;
    out[name] = figures;
  }
  return out;
}

const lotNames = () => ({ X1: data.x1.id, X2: data.x2.id, Y1: data.y1.id, Y2: data.y2.id });
const operatorNames = () => ({ X: data.opX.id, Y: data.opY.id });

describe('repeatOmissionReport', () => {
  it('counts omissions per lot by KST incident month, without duplicates, other kinds or unverified callers', async () => {
    const data_ = await managerQuery(
      'query ($m: Month!) { repeatOmissionReport(month: $m) { month totalOmissions rows { lot { id name } omissions customersWithRepeats couponsIssued couponAmount } } }',
      { m: '2026-04' },
    );
    const report = data_.repeatOmissionReport as { month: string; totalOmissions: number; rows: Row[] };
    expect(report.month).toBe('2026-04');
    expect(ours(report.rows, (row) => row.lot?.id, lotNames())).toEqual({
      X1: { omissions: 3, customersWithRepeats: 1, couponsIssued: 1, couponAmount: 3000 },
      X2: { omissions: 2, customersWithRepeats: 1, couponsIssued: 1, couponAmount: 5000 },
      Y1: { omissions: 3, customersWithRepeats: 1, couponsIssued: 0, couponAmount: 0 },
      Y2: { omissions: 0, customersWithRepeats: 0, couponsIssued: 0, couponAmount: 0 },
    });
    // Other test files add their own rows; the total is the sum over every listed lot.
    expect(report.totalOmissions).toBe(report.rows.reduce((sum, row) => sum + Number(row.omissions), 0));
    expect(report.totalOmissions).toBeGreaterThanOrEqual(8);
  });

  it('the month before has the case logged at 23:30 KST on March 31', async () => {
    const data_ = await managerQuery(
      '{ repeatOmissionReport(month: "2026-03") { rows { lot { id } omissions customersWithRepeats couponsIssued couponAmount } } }',
    );
    const rows = (data_.repeatOmissionReport as { rows: Row[] }).rows;
    expect(ours(rows, (row) => row.lot?.id, lotNames())).toEqual({
      X1: { omissions: 1, customersWithRepeats: 0, couponsIssued: 0, couponAmount: 0 },
      X2: { omissions: 3, customersWithRepeats: 1, couponsIssued: 1, couponAmount: 3000 },
    });
  });
});

describe('operatorOmissionReport', () => {
  it('sums each operator’s lots, coupons and approved refunds only', async () => {
    const data_ = await managerQuery(
      '{ operatorOmissionReport(month: "2026-04") { operator { id name } omissions customersWithRepeats couponsIssued couponAmount refundsCount refundAmount } }',
    );
    expect(ours(data_.operatorOmissionReport as Row[], (row) => row.operator?.id, operatorNames())).toEqual({
      X: { omissions: 5, customersWithRepeats: 2, couponsIssued: 2, couponAmount: 8000, refundsCount: 1, refundAmount: 115_000 },
      Y: { omissions: 3, customersWithRepeats: 1, couponsIssued: 0, couponAmount: 0, refundsCount: 1, refundAmount: 50_000 },
    });
  });
});

describe('repeatCustomers', () => {
  it('lists customers with 2+ counted omissions in the month, over all lots, with the coupon flag and lots', async () => {
    const data_ = await managerQuery(
      '{ repeatCustomers(month: "2026-04") { customer { id phoneMasked } omissions couponIssued lots { id } } }',
    );
    const rows = data_.repeatCustomers as Array<Row & { lots: Array<{ id: string }>; customer: { id: string; phoneMasked: string } }>;
    const names = {
      c1: data.customerId('c1'),
      c2: data.customerId('c2'),
      c3: data.customerId('c3'),
      c4: data.customerId('c4'),
      c5: data.customerId('c5'),
    };
    const mine = ours(rows, (row) => row.customer?.id, names) as Record<
      string,
      { omissions: number; couponIssued: boolean; lots: Array<{ id: string }> }
    >;
    const sortedLots = (name: string) => (mine[name]?.lots ?? []).map((lot) => lot.id).sort();
    expect(Object.keys(mine).sort()).toEqual(['c1', 'c3', 'c5']);
    expect(mine.c1).toMatchObject({ omissions: 3, couponIssued: true });
    expect(mine.c3).toMatchObject({ omissions: 2, couponIssued: true });
    expect(mine.c5).toMatchObject({ omissions: 2, couponIssued: false });
    expect(sortedLots('c1')).toEqual([data.x1.id, data.y1.id].sort());
    expect(sortedLots('c3')).toEqual([data.x2.id]);
    expect(sortedLots('c5')).toEqual([data.y1.id]);
    const c1 = rows.find((row) => row.customer.id === names.c1);
    expect(c1?.customer.phoneMasked).toMatch(/^010-\*{4}-\d{4}$/);
  });
});

describe('worseningLots', () => {
  it('lists lots whose counted omissions rose against the month before, biggest rise first', async () => {
    const data_ = await managerQuery('{ worseningLots(month: "2026-04") { lot { id } previous current change } }');
    const rows = data_.worseningLots as Row[];
    expect(ours(rows, (row) => row.lot?.id, lotNames())).toEqual({
      Y1: { previous: 0, current: 3, change: 3 },
      X1: { previous: 1, current: 3, change: 2 },
    });
    const order = rows.map((row) => row.lot?.id).filter((id) => id === data.x1.id || id === data.y1.id);
    expect(order).toEqual([data.y1.id, data.x1.id]);
  });
});

describe('monthlyTrend', () => {
  const TREND =
    'query ($end: Month!, $n: Int) { monthlyTrend(endMonth: $end, months: $n) { month omissions couponsIssued couponAmount refundsCount refundAmount } }';

  it('gives one point per KST month, zeros included', async () => {
    const data_ = await managerQuery(TREND, { end: '2031-06', n: 3 });
    expect(data_.monthlyTrend).toEqual([
      { month: '2031-04', omissions: 2, couponsIssued: 1, couponAmount: 3000, refundsCount: 1, refundAmount: 40_000 },
      { month: '2031-05', omissions: 1, couponsIssued: 0, couponAmount: 0, refundsCount: 0, refundAmount: 0 },
      { month: '2031-06', omissions: 0, couponsIssued: 0, couponAmount: 0, refundsCount: 0, refundAmount: 0 },
    ]);
  });

  it('defaults to 12 months ending with the month asked for', async () => {
    const data_ = await managerQuery('{ monthlyTrend(endMonth: "2031-06") { month omissions couponsIssued couponAmount } }');
    const points = data_.monthlyTrend as Array<{ month: string; omissions: number; couponsIssued: number; couponAmount: number }>;
    expect(points.map((point) => point.month)).toEqual([
      '2030-07',
      '2030-08',
      '2030-09',
      '2030-10',
      '2030-11',
      '2030-12',
      '2031-01',
      '2031-02',
      '2031-03',
      '2031-04',
      '2031-05',
      '2031-06',
    ]);
    expect(points[8]).toEqual({ month: '2031-03', omissions: 1, couponsIssued: 1, couponAmount: 3000 });
  });

  it.each([0, 37, 1.5])('months = %s is BAD_USER_INPUT', async (n) => {
    const result = await api.run(TREND, { end: '2031-06', n }, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('responseTimes', () => {
  const STATS = `exitRequests exitAckMedianSeconds exitAckP90Seconds exitWithinTargetShare registrationRequests
    registrationConfirmMedianSeconds registrationConfirmP90Seconds registrationWithinTargetShare overdueCount`;

  it('gives medians and 90th percentiles (percentile_cont), shares within target and overdue counts', async () => {
    const data_ = await managerQuery(
      `{ responseTimes(month: "2026-04") { month byOperator { operator { id } times { ${STATS} } } byLot { lot { id } times { ${STATS} } } } }`,
    );
    const report = data_.responseTimes as {
      month: string;
      byOperator: Array<Row & { times: Record<string, number | null> }>;
      byLot: Array<Row & { times: Record<string, number | null> }>;
    };
    expect(report.month).toBe('2026-04');
    const byLot = Object.fromEntries(
      report.byLot
        .filter((row) => Object.values(lotNames()).includes(row.lot?.id ?? ''))
        .map((row) => [Object.entries(lotNames()).find(([, id]) => id === row.lot?.id)?.[0], row.times]),
    );
    const byOperator = Object.fromEntries(
      report.byOperator
        .filter((row) => Object.values(operatorNames()).includes(row.operator?.id ?? ''))
        .map((row) => [Object.entries(operatorNames()).find(([, id]) => id === row.operator?.id)?.[0], row.times]),
    );
    expect(Object.keys(byLot).sort()).toEqual(['X1', 'X2', 'Y1']);
    expect(Object.keys(byOperator).sort()).toEqual(['X', 'Y']);

    const expected: Record<string, Record<string, number | null>> = {
      X1: {
        exitRequests: 5,
        exitAckMedianSeconds: 210,
        exitAckP90Seconds: 720,
        exitWithinTargetShare: 3 / 5,
        registrationRequests: 3,
        registrationConfirmMedianSeconds: 3600,
        registrationConfirmP90Seconds: 5040,
        registrationWithinTargetShare: 2 / 3,
        overdueCount: 3,
      },
      X2: {
        exitRequests: 1,
        exitAckMedianSeconds: 30,
        exitAckP90Seconds: 30,
        exitWithinTargetShare: 1,
        registrationRequests: 0,
        registrationConfirmMedianSeconds: null,
        registrationConfirmP90Seconds: null,
        registrationWithinTargetShare: null,
        overdueCount: 0,
      },
      Y1: {
        exitRequests: 3,
        exitAckMedianSeconds: 300,
        exitAckP90Seconds: 300.8,
        exitWithinTargetShare: 2 / 3,
        registrationRequests: 2,
        registrationConfirmMedianSeconds: 7200,
        registrationConfirmP90Seconds: 7200,
        registrationWithinTargetShare: 1 / 2,
        overdueCount: 2,
      },
      X: {
        exitRequests: 6,
        exitAckMedianSeconds: 120,
        exitAckP90Seconds: 660,
        exitWithinTargetShare: 4 / 6,
        registrationRequests: 3,
        registrationConfirmMedianSeconds: 3600,
        registrationConfirmP90Seconds: 5040,
        registrationWithinTargetShare: 2 / 3,
        overdueCount: 3,
      },
    };
    expected.Y = expected.Y1 as Record<string, number | null>;
    const actual = { ...byLot, ...byOperator } as Record<string, Record<string, number | null>>;
    for (const [name, figures] of Object.entries(expected)) {
      for (const [field, value] of Object.entries(figures)) {
        const got = actual[name]?.[field];
        if (value === null) expect(got, `${name}.${field}`).toBeNull();
        else expect(got, `${name}.${field}`).toBeCloseTo(value, 6);
      }
    }
  });
});

describe('reports are for managers only', () => {
  const FIELDS = [
    ['repeatOmissionReport', '{ repeatOmissionReport(month: "2026-04") { month } }'],
    ['operatorOmissionReport', '{ operatorOmissionReport(month: "2026-04") { omissions } }'],
    ['repeatCustomers', '{ repeatCustomers(month: "2026-04") { omissions } }'],
    ['monthlyTrend', '{ monthlyTrend(endMonth: "2026-04") { month } }'],
    ['responseTimes', '{ responseTimes(month: "2026-04") { month } }'],
    ['worseningLots', '{ worseningLots(month: "2026-04") { change } }'],
  ] as const;
  const cases = FIELDS.flatMap(([field, query]) => [
    { field, query, who: 'AGENT', code: 'FORBIDDEN' },
    { field, query, who: 'OPERATOR', code: 'FORBIDDEN' },
    { field, query, who: 'anonymous', code: 'UNAUTHENTICATED' },
  ]);

  it.each(cases)('$field as $who is $code', async ({ query, who, code }) => {
    const viewer = who === 'AGENT' ? world.agent : who === 'OPERATOR' ? world.operatorUserA : null;
    const result = await api.run(query, {}, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data ?? null).toBeNull();
  });
});
