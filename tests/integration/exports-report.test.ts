import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, type UserRow } from '@/db/schema';
import { handleReportExport } from '@/app/api/exports/handle-report-export';
import { REPORT_EXPORT_TABLES } from '@/lib/domain/report-exports';
import { useIntegrationWorld } from '../fixtures/integration';
import { parseCsv } from '../fixtures/parse-csv';
import { makeReportDataset, type ReportDataset } from '../fixtures/report-dataset';

/*
 * Each dashboard table as CSV against the GraphQL report it comes from. 2032-04..2033-03 hold
 * only this file's cases, so the month-wide tables (trend, heat map…) see nothing else even
 * when every test file shares one PostgreSQL database. Default targets (exit 5 min).
 *
 * 2033-03 (the month)                                  2033-02 (the month before)
 *   X1 c1 03-05, c1 03-10 (coupon 3,000), c2 03-12       X1 c2 02-10
 *   X2 c3 03-02, c3 03-20                                X2 c3 02-01, 02-02, 02-03
 *   Y1 c1 03-15, c5 03-21, c5 03-22
 *   Y2 c4 03-18 EQUIPMENT_FAULT, refund 50,000 approved (not an omission)
 *   exits at X1 acknowledged after 60 s and 300 s (on target): median 180 s, 100.0% within
 *
 * lots:      X1 3/1/1/3,000  X2 2/1/0/0  Y1 3/1/0/0  Y2 0/0/0/0
 * operators: X 5 omissions, 2 repeaters (c1 at X1, c3), coupon 1/3,000, exits 2; Y 3, 1 (c5), refund 1/50,000, no requests
 * repeat customers: c1 3 (coupon, X1 Y1), c3 2 (X2), c5 2 (Y1)
 * worsening: Y1 0 → 3 (+3), X1 1 → 3 (+2); X2 3 → 2 is not
 * heat map 2032-10..2033-03: X2 [0,0,0,0,3,2] 5, X1 [0,0,0,0,1,3] 4, Y1 [0,0,0,0,0,3] 3
 * trend 2032-04..2033-03: 2033-02 omissions 4; 2033-03 omissions 8, coupons 1 / 3,000, refunds 1 / 50,000
 */

const MONTH = '2033-03';
const { handle, api, world } = await useIntegrationWorld();
let data: ReportDataset;

beforeAll(async () => {
  data = await makeReportDataset(handle.db);
  const { addCase, addCoupon, addRefund, addExit, x1, x2, y1, y2 } = data;
  const first = await addCase({ customer: 'c1', lot: x1, at: '2033-03-05T03:00:00Z' });
  await addCoupon(await addCase({ customer: 'c1', lot: x1, at: '2033-03-10T03:00:00Z' }), 3000);
  await addCase({ customer: 'c2', lot: x1, at: '2033-03-12T03:00:00Z' });
  await addCase({ customer: 'c2', lot: x1, at: '2033-02-10T03:00:00Z' });
  for (const day of ['02', '20']) await addCase({ customer: 'c3', lot: x2, at: `2033-03-${day}T03:00:00Z` });
  for (const day of ['01', '02', '03']) await addCase({ customer: 'c3', lot: x2, at: `2033-02-${day}T03:00:00Z` });
  await addCase({ customer: 'c1', lot: y1, at: '2033-03-15T03:00:00Z' });
  for (const day of ['21', '22']) await addCase({ customer: 'c5', lot: y1, at: `2033-03-${day}T03:00:00Z` });
  await addRefund(await addCase({ customer: 'c4', lot: y2, at: '2033-03-18T03:00:00Z', kind: 'EQUIPMENT_FAULT' }), 50_000, 'APPROVED');
  await addExit(first, '2033-03-05T04:00:00Z', 60);
  await addExit(first, '2033-03-05T05:00:00Z', 300);
});

const exportTable = (viewer: UserRow | null, file: string, query = `month=${MONTH}`) =>
  handleReportExport(new Request(`http://localhost/api/exports/report/${file}?${query}`), file, {
    db: handle.db,
    viewer,
    clientAddress: '203.0.113.7',
  });

/** The file of a table as a manager downloads it: raw bytes checked for the BOM, then header and rows. */
async function download(table: string): Promise<{ response: Response; header: string[]; rows: string[][] }> {
  const response = await exportTable(world.manager, `${table}.csv`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
  return { response, header: header!, rows };
}

async function managerQuery<T>(query: string): Promise<T> {
  const result = await api.run(query, { m: MONTH }, world.manager);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** How a number appears in the file: bare digits, an absent figure as an empty cell. */
const cell = (value: number | null | undefined) => (value == null ? '' : String(value));
type Lot = { id: string; name: string; operator: { name: string } };

describe('report CSV: each dashboard table for a month, managers only', () => {
  it('lots: the per-lot report with units in the header, and repeat-omissions.csv is the same file', async () => {
    const { response, header, rows } = await download('lots');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="repeat-omissions-${MONTH}.csv"`);
    expect(header).toEqual(['주차장', '운영사', '누락(건)', '반복 고객(명)', '쿠폰(건)', '쿠폰 금액(원)']);
    const { repeatOmissionReport } = await managerQuery<{
      repeatOmissionReport: {
        rows: Array<{ lot: Lot; omissions: number; customersWithRepeats: number; couponsIssued: number; couponAmount: number }>;
      };
    }>(
      'query ($m: Month!) { repeatOmissionReport(month: $m) { rows { lot { id name operator { name } } omissions customersWithRepeats couponsIssued couponAmount } } }',
    );
    expect(rows).toEqual(
      repeatOmissionReport.rows.map((r) => [
        r.lot.name,
        r.lot.operator.name,
        cell(r.omissions),
        cell(r.customersWithRepeats),
        cell(r.couponsIssued),
        cell(r.couponAmount),
      ]),
    );
    expect(rows.find((row) => row[0] === data.x1.name)).toEqual([data.x1.name, data.opX.name, '3', '1', '1', '3000']);
    expect(rows.find((row) => row[0] === data.y2.name)).toEqual([data.y2.name, data.opY.name, '0', '0', '0', '0']);
    const alias = await handleReportExport(new Request(`http://localhost/api/exports/repeat-omissions.csv?month=${MONTH}`), 'lots.csv', {
      db: handle.db,
      viewer: world.manager,
    });
    expect(parseCsv((await alias.text()).replace(/^\uFEFF/, ''))).toEqual([header, ...rows]);
  });

  it('operators: the scorecard with response times in seconds and percent; no requests is an empty cell', async () => {
    const { response, header, rows } = await download('operators');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="operator-scorecard-${MONTH}.csv"`);
    expect(header.join(',')).toBe(
      '운영사,누락(건),반복 고객(명),쿠폰(건),쿠폰 금액(원),환불(건),환불 금액(원),출차 요청(건),출차 처리 중앙값(초),출차 기한 내 처리율(%),등록 요청(건),등록 확인 중앙값(초),등록 기한 내 처리율(%),지연(건)',
    );
    type Times = {
      exitRequests: number;
      exitAckMedianSeconds: number | null;
      exitWithinTargetShare: number | null;
      registrationRequests: number;
      registrationConfirmMedianSeconds: number | null;
      registrationWithinTargetShare: number | null;
      overdueCount: number;
    };
    const answer = await managerQuery<{
      operatorOmissionReport: Array<{
        operator: { id: string; name: string };
        omissions: number;
        customersWithRepeats: number;
        couponsIssued: number;
        couponAmount: number;
        refundsCount: number;
        refundAmount: number;
      }>;
      responseTimes: { byOperator: Array<{ operator: { id: string }; times: Times }> };
    }>(`query ($m: Month!) {
      operatorOmissionReport(month: $m) { operator { id name } omissions customersWithRepeats couponsIssued couponAmount refundsCount refundAmount }
      responseTimes(month: $m) { byOperator { operator { id } times { exitRequests exitAckMedianSeconds exitWithinTargetShare registrationRequests registrationConfirmMedianSeconds registrationWithinTargetShare overdueCount } } }
    }`);
    const timesOf = new Map(answer.responseTimes.byOperator.map((entry) => [entry.operator.id, entry.times]));
    const seconds = (value: number | null | undefined) => cell(value == null ? null : Math.round(value));
    const percent = (value: number | null | undefined) => cell(value == null ? null : Math.round(value * 1000) / 10);
    expect(rows).toEqual(
      answer.operatorOmissionReport.map((r) => {
        const t = timesOf.get(r.operator.id);
        return [
          r.operator.name,
          cell(r.omissions),
          cell(r.customersWithRepeats),
          cell(r.couponsIssued),
          cell(r.couponAmount),
          cell(r.refundsCount),
          cell(r.refundAmount),
          cell(t?.exitRequests),
          seconds(t?.exitAckMedianSeconds),
          percent(t?.exitWithinTargetShare),
          cell(t?.registrationRequests),
          seconds(t?.registrationConfirmMedianSeconds),
          percent(t?.registrationWithinTargetShare),
          cell(t?.overdueCount),
        ];
      }),
    );
    expect(rows.find((row) => row[0] === data.opX.name)).toEqual([
      data.opX.name,
      '5',
      '2',
      '1',
      '3000',
      '0',
      '0',
      '2',
      '180',
      '100',
      '0',
      '',
      '',
      '0',
    ]);
    expect(rows.find((row) => row[0] === data.opY.name)).toEqual([
      data.opY.name,
      '3',
      '1',
      '0',
      '0',
      '1',
      '50000',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('heatmap: one row per lot with a column per month of the six, most first, every lot not only the top 15', async () => {
    const { header, rows } = await download('heatmap');
    const months = ['2032-10', '2032-11', '2032-12', '2033-01', '2033-02', '2033-03'];
    expect(header).toEqual(['주차장', '운영사', ...months.map((m) => `${m} 누락(건)`), '합계(건)']);
    const { omissionHeatmap } = await managerQuery<{
      omissionHeatmap: { months: string[]; rows: Array<{ lot: Lot; counts: number[]; total: number }> };
    }>(
      'query ($m: Month!) { omissionHeatmap(endMonth: $m, months: 6, lots: 50) { months rows { lot { id name operator { name } } counts total } } }',
    );
    expect(omissionHeatmap.months).toEqual(months);
    expect(rows).toEqual(omissionHeatmap.rows.map((r) => [r.lot.name, r.lot.operator.name, ...r.counts.map(cell), cell(r.total)]));
    expect(rows).toEqual([
      [data.x2.name, data.opX.name, '0', '0', '0', '0', '3', '2', '5'],
      [data.x1.name, data.opX.name, '0', '0', '0', '0', '1', '3', '4'],
      [data.y1.name, data.opY.name, '0', '0', '0', '0', '0', '3', '3'],
    ]);
  });

  it('worsening: lot, the month before, the month, the rise, with both months named in the header', async () => {
    const { header, rows } = await download('worsening');
    expect(header).toEqual(['주차장', '운영사', '2033-02 누락(건)', '2033-03 누락(건)', '증가(건)']);
    const { worseningLots } = await managerQuery<{ worseningLots: Array<{ lot: Lot; previous: number; current: number; change: number }> }>(
      'query ($m: Month!) { worseningLots(month: $m) { lot { id name operator { name } } previous current change } }',
    );
    expect(rows).toEqual(worseningLots.map((r) => [r.lot.name, r.lot.operator.name, cell(r.previous), cell(r.current), cell(r.change)]));
    expect(rows).toEqual([
      [data.y1.name, data.opY.name, '0', '3', '3'],
      [data.x1.name, data.opX.name, '1', '3', '2'],
    ]);
  });

  it('trend: twelve month rows ending with the month, oldest first, zeros included', async () => {
    const { header, rows } = await download('trend');
    expect(header).toEqual(['월', '누락(건)', '쿠폰(건)', '쿠폰 금액(원)', '환불(건)', '환불 금액(원)']);
    const { monthlyTrend } = await managerQuery<{
      monthlyTrend: Array<{
        month: string;
        omissions: number;
        couponsIssued: number;
        couponAmount: number;
        refundsCount: number;
        refundAmount: number;
      }>;
    }>(
      'query ($m: Month!) { monthlyTrend(endMonth: $m, months: 12) { month omissions couponsIssued couponAmount refundsCount refundAmount } }',
    );
    expect(rows).toEqual(
      monthlyTrend.map((p) => [
        p.month,
        cell(p.omissions),
        cell(p.couponsIssued),
        cell(p.couponAmount),
        cell(p.refundsCount),
        cell(p.refundAmount),
      ]),
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(['2032-04', '0', '0', '0', '0', '0']);
    expect(rows.slice(-2)).toEqual([
      ['2033-02', '4', '0', '0', '0', '0'],
      ['2033-03', '8', '1', '3000', '1', '50000'],
    ]);
  });

  it('repeat-customers: masked phone, name, omissions, coupon 예/아니요, lots; the full phone never written; the read is logged', async () => {
    const { header, rows } = await download('repeat-customers');
    expect(header).toEqual(['전화번호', '고객명', '누락(건)', '쿠폰 지급', '주차장']);
    const { repeatCustomers } = await managerQuery<{
      repeatCustomers: Array<{
        customer: { name: string; phoneMasked: string };
        omissions: number;
        couponIssued: boolean;
        lots: Array<{ name: string }>;
      }>;
    }>('query ($m: Month!) { repeatCustomers(month: $m) { customer { name phoneMasked } omissions couponIssued lots { name } } }');
    const lotList = (lots: Array<{ name: string }>) =>
      lots
        .map((lot) => lot.name)
        .sort((a, b) => a.localeCompare(b, 'ko'))
        .join(', ');
    expect(rows).toEqual(
      repeatCustomers.map((r) => [
        r.customer.phoneMasked,
        r.customer.name,
        cell(r.omissions),
        r.couponIssued ? '예' : '아니요',
        lotList(r.lots),
      ]),
    );
    const c1 = rows.find((row) => row[1] === `c1-${data.tag}`);
    expect(c1).toEqual([
      expect.stringMatching(/^010-\*{4}-\d{4}$/),
      `c1-${data.tag}`,
      '3',
      '예',
      [data.x1.name, data.y1.name].sort((a, b) => a.localeCompare(b, 'ko')).join(', '),
    ]);
    expect(rows.find((row) => row[1] === `c5-${data.tag}`)?.slice(2)).toEqual(['2', '아니요', data.y1.name]);
    // c1 (3) first; c3 and c5 (2 each) tie, in the report's order by customer id.
    const ours = rows.map((row) => row[1]).filter((name) => name?.endsWith(data.tag));
    expect(ours[0]).toBe(`c1-${data.tag}`);
    expect([...ours].sort()).toEqual([`c1-${data.tag}`, `c3-${data.tag}`, `c5-${data.tag}`]);
    expect(rows.map((row) => row.join(',')).join('\n')).not.toMatch(/010\d{8}/);
    const logged = await handle.db
      .select({ detail: auditLog.detail, clientAddress: auditLog.clientAddress })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, world.manager.id), eq(auditLog.action, 'LIST_REPEAT_CUSTOMERS')));
    expect(logged).toContainEqual({ detail: { month: MONTH, count: rows.length }, clientAddress: '203.0.113.7' });
  });

  it.each([
    ['anonymous', () => null, 401, 'UNAUTHENTICATED'],
    ['an agent', () => world.agent, 403, 'FORBIDDEN'],
    ['an operator', () => world.operatorUserA, 403, 'FORBIDDEN'],
  ])('report CSV: %s is refused every table, and an unknown one too, with a JSON error', async (_who, viewer, status, code) => {
    for (const file of [...REPORT_EXPORT_TABLES.map((table) => `${table}.csv`), 'nope.csv']) {
      const response = await exportTable(viewer(), file);
      expect(response.status, file).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code, file).toBe(code);
    }
  });

  it.each(['nope.csv', 'operators', 'operators.json', 'cases.csv'])('report CSV: %s is a 404 in Korean naming the tables', async (file) => {
    const response = await exportTable(world.manager, file);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { error } = (await response.json()) as { error: { code: string; message: string; field: string } };
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'table' });
    expect(error.message).toMatch(/[가-힣]/);
    expect(error.message).toContain('operators.csv');
  });

  it.each(['', 'month=2033-13', 'month=2033-3', 'month=abc'])('report CSV: month query "%s" is a 400 naming month', async (query) => {
    for (const table of REPORT_EXPORT_TABLES) {
      const response = await exportTable(world.manager, `${table}.csv`, query);
      expect(response.status, table).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string; field: string } };
      expect(error, table).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      expect(error.message).toContain('YYYY-MM');
    }
  });
});
