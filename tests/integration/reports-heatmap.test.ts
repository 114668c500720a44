import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import type { UserRow } from '@/db/schema';
import { createTestApi, openTestDatabase, type DataOf, type VariablesOf } from '../fixtures/test-api';
import { makeReportDataset, type ReportDataset } from '../fixtures/report-dataset';
import { makeUser, makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

/*
 * The dataset, worked out by hand. Operator X runs lots X1 and X2, operator Y runs Y1 and Y2.
 * "counted" = OPERATOR_OMISSION, verified, not a duplicate; months are KST by incident time.
 * 2031-07..2031-11 hold only this file's cases (reports.test.ts uses 2031-03..05), so a window
 * inside them sees nothing else even when every test file shares one PostgreSQL database.
 *
 *   X1 c1 2031-07-31T14:30Z (KST 07-31 23:30 → July)            counted, July
 *   X1 c1 2031-07-31T15:30Z (KST 08-01 00:30 → August)          counted, August
 *   X1 c1 2031-08-20, and a duplicate of it on the same day      counted once, August
 *   X1 c2 2031-09-30T14:30Z (KST 09-30 23:30 → September)       counted, September
 *   X1 c2 2031-09-30T15:30Z (KST 10-01 00:30 → October)         counted, October
 *   X1 c2 2031-10-05 caller not verified                         no
 *   X1 c3 2031-10-06 EQUIPMENT_FAULT, 2031-10-07 REFUND_CLAIM    no
 *   X1 c3 2031-10-15                                             counted, October
 *   X1 c1 2031-10-31T15:30Z (KST 11-01 00:30 → November)        counted, November
 *   X2 c4 2031-09-10, c4 09-11, c5 09-12                          counted ×3, September
 *   X2 c4 2031-10-20                                              counted, October
 *   Y1 c5 2031-08-15                                              counted, August
 *   Y2 c4 2031-09-18 EQUIPMENT_FAULT                              no
 *   Y2 c4 2031-11-02                                              counted, November
 *
 * omissionHeatmap(endMonth 2031-10, months 3): months 08, 09, 10
 *   X1 [2, 1, 2] = 5;  X2 [0, 3, 1] = 4;  Y1 [1, 0, 0] = 1;  Y2 not listed (nothing counted)
 * default months (6): 2031-05..2031-10, X1 [0, 0, 1, 2, 1, 2] = 6, X2 and Y1 as above padded.
 * endMonth 2031-11, months 1: X1 [1] and Y2 [1], a tie: ordered by lot id.
 */

let handle: DatabaseHandle;
let api: ReturnType<typeof createTestApi>;
let world: World;
let data: ReportDataset;
let operatorOfX: UserRow;

beforeAll(async () => {
  handle = await openTestDatabase();
  api = createTestApi(handle);
  world = await makeWorld(handle.db);
  data = await makeReportDataset(handle.db);
  operatorOfX = await makeUser(handle.db, 'OPERATOR', data.opX.id);
  const { addCase, x1, x2, y1, y2 } = data;

  await addCase({ customer: 'c1', lot: x1, at: '2031-07-31T14:30:00Z' });
  await addCase({ customer: 'c1', lot: x1, at: '2031-07-31T15:30:00Z' });
  const august = await addCase({ customer: 'c1', lot: x1, at: '2031-08-20T03:00:00Z' });
  await addCase({ customer: 'c1', lot: x1, at: '2031-08-20T05:00:00Z', duplicateOf: august });
  await addCase({ customer: 'c2', lot: x1, at: '2031-09-30T14:30:00Z' });
  await addCase({ customer: 'c2', lot: x1, at: '2031-09-30T15:30:00Z' });
  await addCase({ customer: 'c2', lot: x1, at: '2031-10-05T03:00:00Z', verified: false });
  await addCase({ customer: 'c3', lot: x1, at: '2031-10-06T03:00:00Z', kind: 'EQUIPMENT_FAULT' });
  await addCase({ customer: 'c3', lot: x1, at: '2031-10-07T03:00:00Z', kind: 'REFUND_CLAIM' });
  await addCase({ customer: 'c3', lot: x1, at: '2031-10-15T03:00:00Z' });
  await addCase({ customer: 'c1', lot: x1, at: '2031-10-31T15:30:00Z' });

  await addCase({ customer: 'c4', lot: x2, at: '2031-09-10T03:00:00Z' });
  await addCase({ customer: 'c4', lot: x2, at: '2031-09-11T03:00:00Z' });
  await addCase({ customer: 'c5', lot: x2, at: '2031-09-12T03:00:00Z' });
  await addCase({ customer: 'c4', lot: x2, at: '2031-10-20T03:00:00Z' });

  await addCase({ customer: 'c5', lot: y1, at: '2031-08-15T03:00:00Z' });
  await addCase({ customer: 'c4', lot: y2, at: '2031-09-18T03:00:00Z', kind: 'EQUIPMENT_FAULT' });
  await addCase({ customer: 'c4', lot: y2, at: '2031-11-02T03:00:00Z' });
});

afterAll(async () => {
  await handle?.close();
});

const HEATMAP = graphql(`
  query HeatmapReport($end: Month!, $months: Int, $lots: Int) {
    omissionHeatmap(endMonth: $end, months: $months, lots: $lots) {
      months
      rows {
        lot {
          id
          name
        }
        counts
        total
      }
    }
  }
`);

type Heatmap = DataOf<typeof HEATMAP>['omissionHeatmap'];

async function heatmap(variables: VariablesOf<typeof HEATMAP>): Promise<Heatmap> {
  const result = await api.run(HEATMAP, variables, world.manager);
  expect(result.errors).toBeUndefined();
  return result.data!.omissionHeatmap;
}

/** The rows as [our lot name, counts, total], in the order served. */
function named(map: Heatmap): Array<[string, number[], number]> {
  const names = new Map([
    [data.x1.id, 'X1'],
    [data.x2.id, 'X2'],
    [data.y1.id, 'Y1'],
    [data.y2.id, 'Y2'],
  ]);
  return map.rows.map((row) => [names.get(row.lot.id) ?? `other ${row.lot.name}`, row.counts, row.total]);
}

describe('omissionHeatmap', () => {
  it('counts omissions per lot and KST month, without duplicates, other kinds or unverified callers', async () => {
    const map = await heatmap({ end: '2031-10', months: 3 });
    expect(map.months).toEqual(['2031-08', '2031-09', '2031-10']);
    expect(named(map)).toEqual([
      ['X1', [2, 1, 2], 5],
      ['X2', [0, 3, 1], 4],
      ['Y1', [1, 0, 0], 1],
    ]);
  });

  it('every cell is the count of the case list it links to', async () => {
    const map = await heatmap({ end: '2031-10', months: 3 });
    const CASES = graphql(`
      query HeatmapCellCases($f: CaseFilter) {
        cases(filter: $f, first: 1) {
          totalCount
        }
      }
    `);
    for (const row of map.rows) {
      for (const [index, month] of map.months.entries()) {
        const filter = { month, lotId: row.lot.id, kind: 'OPERATOR_OMISSION' as const, countedOmissions: true };
        const result = await api.run(CASES, { f: filter }, world.manager);
        expect(result.errors).toBeUndefined();
        const listed = result.data!.cases.totalCount;
        expect(listed, `${row.lot.name} ${month}`).toBe(row.counts[index]);
      }
    }
  });

  it('defaults to 6 months ending with the month asked for', async () => {
    const map = await heatmap({ end: '2031-10' });
    expect(map.months).toEqual(['2031-05', '2031-06', '2031-07', '2031-08', '2031-09', '2031-10']);
    // reports.test.ts may add its own lots in May; ours keep their order among themselves.
    expect(named(map).filter(([name]) => !name.startsWith('other'))).toEqual([
      ['X1', [0, 0, 1, 2, 1, 2], 6],
      ['X2', [0, 0, 0, 0, 3, 1], 4],
      ['Y1', [0, 0, 0, 1, 0, 0], 1],
    ]);
  });

  it('keeps only the busiest lots, and orders ties by lot id', async () => {
    expect(named(await heatmap({ end: '2031-10', months: 3, lots: 2 }))).toEqual([
      ['X1', [2, 1, 2], 5],
      ['X2', [0, 3, 1], 4],
    ]);
    const tie = await heatmap({ end: '2031-11', months: 1 });
    const ordered = [data.x1.id, data.y2.id].sort();
    expect(tie.rows.map((row) => row.lot.id)).toEqual(ordered);
    expect(tie.rows.map((row) => [row.counts, row.total])).toEqual([
      [[1], 1],
      [[1], 1],
    ]);
  });

  it('an empty window has its months and no rows', async () => {
    expect(await heatmap({ end: '2035-02', months: 2 })).toEqual({ months: ['2035-01', '2035-02'], rows: [] });
  });

  it.each([
    { field: 'months', value: 0 },
    { field: 'months', value: 13 },
    { field: 'months', value: -1 },
    { field: 'lots', value: 0 },
    { field: 'lots', value: 51 },
  ])('$field = $value is BAD_USER_INPUT naming $field', async ({ field, value }) => {
    const result = await api.run(HEATMAP, { end: '2031-10', [field]: value }, world.manager);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`^${field}: `));
    expect(result.data ?? null).toBeNull();
  });

  it('a months value that is not an Int is refused by the schema, naming the variable', async () => {
    const result = await api.run(HEATMAP, { end: '2031-10', months: 1.5 }, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('$months');
    expect(result.data ?? null).toBeNull();
  });

  it.each([
    { who: 'AGENT', code: 'FORBIDDEN' },
    { who: 'OPERATOR of lots X1 and X2', code: 'FORBIDDEN' },
    { who: 'anonymous', code: 'UNAUTHENTICATED' },
  ])('as $who it is $code, with no data', async ({ who, code }) => {
    const viewer = who === 'AGENT' ? world.agent : who === 'anonymous' ? null : operatorOfX;
    const result = await api.run(HEATMAP, { end: '2031-10', months: 3 }, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data ?? null).toBeNull();
  });
});
