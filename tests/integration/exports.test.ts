import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, coupons, customers, onsitePayments, passes, paymentCancellations, refunds, type UserRow } from '@/db/schema';
import { handleCasesExport } from '@/app/api/exports/handle-cases-export';
import { handleReportExport } from '@/app/api/exports/handle-report-export';
import { caseExportPages, CASE_EXPORT_HEADER } from '@/lib/services/exports/case-rows';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { parseCsv } from '../fixtures/parse-csv';
import { graphql } from '../generated';
import type { CaseFilter } from '../generated/graphql';

const { handle, api, world } = await useIntegrationWorld();

const CASE_COUNT = graphql(`
  query ExportsCaseCount($filter: CaseFilter) {
    cases(filter: $filter, first: 1) {
      totalCount
    }
  }
`);
const REPEAT_REPORT = graphql(`
  query ExportsRepeatReport {
    repeatOmissionReport(month: "2026-04") {
      rows {
        lot {
          id
          name
        }
        omissions
        customersWithRepeats
        couponsIssued
        couponAmount
      }
    }
  }
`);
let tricky: { name: string; phone: string };
let formula: { name: string; phone: string };

const URL_BASE = 'http://localhost/api/exports';
const CREATED_AT = new Date('2026-04-02T00:00:00Z');

/** A customer with a pass at lot A and a case in April 2026, written straight to the database. */
async function customerWithCase(name: string, phone: string, extra: Partial<typeof cases.$inferInsert> = {}) {
  const [customer] = await handle.db
    .insert(customers)
    .values({ name, phone, accountRef: `kakao-${randomUUID()}` })
    .returning();
  const [pass] = await handle.db
    .insert(passes)
    .values({
      customerId: customer!.id,
      lotId: world.lotA.id,
      plate: `99가${phone.slice(-4)}`,
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
      amountPaid: 150_000,
      availableDays: 30,
    })
    .returning();
  const incidentAt = new Date('2026-04-05T03:15:00Z');
  const [row] = await handle.db
    .insert(cases)
    .values({
      code: `VOC-EXP-${randomUUID().slice(0, 8)}`,
      customerId: customer!.id,
      passId: pass!.id,
      lotId: world.lotA.id,
      agentId: world.agent.id,
      kind: 'OPERATOR_OMISSION',
      incidentAt,
      incidentMonth: '2026-04',
      identityVerified: true,
      identityVerifiedAt: incidentAt,
      // The same instant on purpose: the keyset pages must break ties by id.
      createdAt: CREATED_AT,
      ...extra,
    })
    .returning();
  return { customer: customer!, pass: pass!, caseRow: row! };
}

beforeAll(async () => {
  await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-01T00:30:00Z');
  const second = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-03T02:00:00Z');
  await handle.db.insert(coupons).values({ customerId: world.customer.id, caseId: second.id, amount: 3000, month: '2026-04', slot: 1 });
  // Two on-site payments on the second case: one being cancelled (처리 중), one never filed.
  const [paid, later] = await handle.db
    .insert(onsitePayments)
    .values([
      {
        caseId: second.id,
        amount: 4500,
        paidAt: new Date('2026-04-03T02:20:00Z'),
        cancellationRequested: true,
        cancellationRequestedAt: new Date('2026-04-03T03:00:00Z'),
      },
      { caseId: second.id, amount: 1000, paidAt: new Date('2026-04-03T05:00:00Z') },
    ])
    .returning();
  if (!paid || !later) throw new Error('no payments');
  await handle.db.insert(paymentCancellations).values({
    onsitePaymentId: paid.id,
    caseId: second.id,
    requestedAt: new Date('2026-04-03T03:00:00Z'),
    dueAt: new Date('2026-04-06T03:00:00Z'),
    status: 'IN_PROGRESS',
    ownerId: world.manager.id,
    startedAt: new Date('2026-04-03T04:00:00Z'),
  });
  tricky = { name: '홍길동, "대리"', phone: `0105555${String(1000 + Math.floor(Math.random() * 9000))}` };
  formula = { name: '=HYPERLINK("http://evil","클릭")', phone: `0106666${String(1000 + Math.floor(Math.random() * 9000))}` };
  const { caseRow } = await customerWithCase(tricky.name, tricky.phone);
  await customerWithCase(formula.name, formula.phone, { duplicateOfId: caseRow.id });
  // May: outside every April filter.
  await customerWithCase('박서준', `0108888${String(1000 + Math.floor(Math.random() * 9000))}`, {
    incidentAt: new Date('2026-05-02T00:00:00Z'),
    incidentMonth: '2026-05',
  });
  await customerWithCase('이영희', `0107777${String(1000 + Math.floor(Math.random() * 9000))}`, { kind: 'REFUND_CLAIM' });
  await handle.db.insert(refunds).values({
    caseId: caseRow.id,
    passId: caseRow.passId,
    basis: 'COMPANY_POLICY',
    paid: 150_000,
    availableDays: 30,
    usedDays: 4,
    amount: 130_000,
    status: 'APPROVED',
    proposedById: world.agent.id,
    decidedById: world.manager.id,
    decidedAt: new Date(),
  });
});

const deps = (viewer: UserRow | null) => ({ db: handle.db, viewer });
const exportCases = (viewer: UserRow | null, query: string) =>
  handleCasesExport(new Request(`${URL_BASE}/cases.csv?${query}`), deps(viewer));
const exportRepeats = (viewer: UserRow | null, query: string) =>
  // The route at repeat-omissions.csv is an alias of the report route's lots table.
  handleReportExport(new Request(`${URL_BASE}/repeat-omissions.csv?${query}`), 'lots.csv', deps(viewer));

async function totalCount(filter: CaseFilter): Promise<number> {
  const result = await api.run(CASE_COUNT, { filter }, world.manager);
  expect(result.errors).toBeUndefined();
  return result.data!.cases.totalCount;
}

describe('cases.csv: a manager downloads the cases of a filter', () => {
  it('export: BOM, exact Korean header, one row per matching case, same count as the cases query', async () => {
    const response = await exportCases(world.manager, `month=2026-04&lotId=${world.lotA.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cases-2026-04.csv"');
    expect(response.body).toBeInstanceOf(ReadableStream);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF상담번호,접수일시(KST),')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...CASE_EXPORT_HEADER]);
    expect(header!.join(',')).toBe(
      '상담번호,접수일시(KST),사고일시(KST),사고월,VOC 유형,상태,고객명,전화번호,차량번호,주차장,운영사,본인확인,중복 원상담,쿠폰(원),환불(원),현장결제(원),현장결제 일시(KST),현장결제 취소',
    );
    expect(rows).toHaveLength(5);
    expect(rows).toHaveLength(await totalCount({ month: '2026-04', lotId: world.lotA.id }));
    expect(rows.every((row) => row.length === CASE_EXPORT_HEADER.length)).toBe(true);
  });

  it('export: Korean labels and KST times, phone masked and the full phone never written', async () => {
    const text = await (await exportCases(world.manager, `month=2026-04&lotId=${world.lotA.id}`)).text();
    const rows = parseCsv(text.replace(/^\uFEFF/, '')).slice(1);
    const first = rows.find((row) => row[2] === '2026-04-01 09:30');
    expect(first).toBeDefined();
    expect(first!.slice(3, 12)).toEqual([
      '2026-04',
      '운영사 등록누락',
      '진행 중',
      '김민수',
      `010-****-${world.last4}`,
      world.pass.plate,
      world.lotA.name,
      world.operatorA.name,
      '완료',
    ]);
    expect(first![1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.some((row) => row[4] === '환불요청')).toBe(true);
    expect(rows.map((row) => row[13])).toContain('3000');
    for (const phone of [world.customer.phone, tricky.phone, formula.phone]) expect(text).not.toContain(phone);
  });

  it('export: a name with a comma and quotes is quoted, a formula is neutralised, duplicate and refund are shown', async () => {
    const text = await (await exportCases(world.manager, `month=2026-04&lotId=${world.lotA.id}`)).text();
    expect(text).toContain(',"홍길동, ""대리""",');
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"",""클릭"")",`);
    const rows = parseCsv(text.replace(/^\uFEFF/, '')).slice(1);
    const trickyRow = rows.find((row) => row[6] === tricky.name)!;
    const formulaRow = rows.find((row) => row[6] === `'${formula.name}`)!;
    expect(formulaRow[12]).toBe(trickyRow[0]);
    expect(trickyRow[14]).toBe('130000');
  });

  it("export: on-site payments as their total, each one's KST time and cancellation status; none as 0 and blanks", async () => {
    const text = await (await exportCases(world.manager, `month=2026-04&lotId=${world.lotA.id}`)).text();
    const rows = parseCsv(text.replace(/^\uFEFF/, '')).slice(1);
    const paidRow = rows.find((row) => row[13] === '3000')!;
    expect(paidRow.slice(15)).toEqual(['5500', '2026-04-03 11:20; 2026-04-03 14:00', '처리 중; 미접수']);
    const trickyRow = rows.find((row) => row[6] === tricky.name)!;
    expect(trickyRow.slice(15)).toEqual(['0', '', '']);
  });

  it.each([
    ['kind=REFUND_CLAIM', { kind: 'REFUND_CLAIM' }],
    ['phoneLast4', { phoneLast4: 'LAST4' }],
    ['plate', { plate: 'PLATE' }],
    ['status=OPEN', { status: 'OPEN' }],
  ])('export: filter %s gives as many rows as the cases query', async (_name, raw) => {
    const filter: Record<string, string> = { month: '2026-04', lotId: world.lotA.id };
    for (const [key, value] of Object.entries(raw)) {
      filter[key] = value === 'LAST4' ? world.last4 : value === 'PLATE' ? world.pass.plate.slice(-5) : value;
    }
    const text = await (await exportCases(world.manager, new URLSearchParams(filter).toString())).text();
    const rows = parseCsv(text.replace(/^\uFEFF/, '')).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    // The same query parameters the export read, as the cases query's filter.
    expect(rows).toHaveLength(await totalCount(filter as CaseFilter));
  });

  it('export: filter code gives only the case of that code, as the cases query does', async () => {
    const all = parseCsv(
      (await (await exportCases(world.manager, `month=2026-04&lotId=${world.lotA.id}`)).text()).replace(/^\uFEFF/, ''),
    ).slice(1);
    const code = all[1]![0]!;
    const text = await (await exportCases(world.manager, new URLSearchParams({ code: code.toLowerCase() }).toString())).text();
    const rows = parseCsv(text.replace(/^\uFEFF/, '')).slice(1);
    expect(rows.map((row) => row[0])).toEqual([code]);
    expect(await totalCount({ code })).toBe(1);
  });

  it('export: small keyset pages give every case once, ties on createdAt included', async () => {
    const filter = { month: '2026-04', lotId: world.lotA.id };
    const codes: string[] = [];
    let pages = 0;
    for await (const page of caseExportPages(handle.db, world.manager, filter, 2)) {
      pages++;
      codes.push(...page.map((row) => String(row[0])));
    }
    expect(pages).toBe(3);
    expect(new Set(codes).size).toBe(5);
  });

  it.each([
    ['anonymous', () => null, 401, 'UNAUTHENTICATED'],
    ['an agent', () => world.agent, 403, 'FORBIDDEN'],
    ['an operator', () => world.operatorUserA, 403, 'FORBIDDEN'],
  ])('export: %s is refused', async (_who, viewer, status, code) => {
    for (const response of [await exportCases(viewer(), 'month=2026-04'), await exportRepeats(viewer(), 'month=2026-04')]) {
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });

  it('export: month=2026-13 is a 400 with a Korean message', async () => {
    for (const response of [await exportCases(world.manager, 'month=2026-13'), await exportRepeats(world.manager, 'month=2026-13')]) {
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string; field: string } };
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      expect(error.message).toContain('YYYY-MM');
      expect(error.message).toMatch(/[가-힣]/);
    }
  });

  it('export: a bad filter value is a 400 naming the field', async () => {
    const response = await exportCases(world.manager, 'phoneLast4=12a4');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('phoneLast4');
  });
});

describe('repeat-omissions.csv: the per-lot report of a month', () => {
  it('export: one row per lot of the report, with names and the same figures', async () => {
    const response = await exportRepeats(world.manager, 'month=2026-04');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="repeat-omissions-2026-04.csv"');
    const text = await response.text();
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(header).toEqual(['주차장', '운영사', '누락(건)', '반복 고객(명)', '쿠폰(건)', '쿠폰 금액(원)']);
    const report = await api.run(REPEAT_REPORT, {}, world.manager);
    expect(report.errors).toBeUndefined();
    const reportRows = report.data!.repeatOmissionReport.rows;
    expect(rows).toHaveLength(reportRows.length);
    const lotA = rows.find((row) => row[0] === world.lotA.name);
    // Two verified omissions of 김민수 plus two direct ones (one a duplicate, not counted).
    expect(lotA).toEqual([world.lotA.name, world.operatorA.name, '3', '1', '1', '3000']);
  });
});
