import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cases } from '@/db/schema';
import { graphql } from '../generated';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeWorld } from '../fixtures/world';

// The repeat-omission report a page at a time. The month, 2037-08, holds only this file's cases,
// so the report is exactly these six lots: omissions 3, 1, 1, 1, 0, 0 (the zeros had a case that
// does not count), so the order within a tie is the lots' names, then their ids.

const MONTH = '2037-08';
const { handle, api, world } = await useIntegrationWorld();
const more = [await makeWorld(handle.db), await makeWorld(handle.db)];
const lots = [world, ...more].flatMap((w) => [w.lotA, w.lotB]);
const OMISSIONS = [3, 1, 1, 1, 0, 0];

await handle.db.insert(cases).values(
  lots.flatMap((lot, index) => {
    const counted = OMISSIONS[index] ?? 0;
    return Array.from({ length: Math.max(counted, 1) }, () => ({
      code: `PAGE-${randomUUID()}`,
      customerId: world.customer.id,
      passId: world.pass.id,
      lotId: lot.id,
      agentId: world.agent.id,
      kind: 'OPERATOR_OMISSION' as const,
      incidentAt: new Date('2037-08-10T01:00:00Z'),
      incidentMonth: MONTH,
      // A lot with none counted still had a case: an unverified one.
      identityVerified: counted > 0,
      identityVerifiedAt: counted > 0 ? new Date() : null,
    }));
  }),
);

const REPORT_PAGE = graphql(`
  query TestRepeatOmissionPage($month: Month!, $first: Int, $after: String) {
    repeatOmissionReport(month: $month, first: $first, after: $after) {
      totalOmissions
      totalCount
      rows {
        lot {
          id
        }
        omissions
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The lots in the page's order: most omissions first, then name in code-point order, then id. */
const expectedOrder = lots
  .map((lot, index) => ({ lot, omissions: OMISSIONS[index] ?? 0 }))
  .sort((a, b) => b.omissions - a.omissions || (a.lot.name < b.lot.name ? -1 : a.lot.name > b.lot.name ? 1 : 0))
  .map((entry) => ({ lot: { id: entry.lot.id }, omissions: entry.omissions }));

describe('repeatOmissionReport pages', () => {
  it('without first answers every lot, as the contract has it', async () => {
    const result = await api.run(REPORT_PAGE, { month: MONTH }, world.manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.repeatOmissionReport).toEqual({
      totalOmissions: 6,
      totalCount: 6,
      rows: expectedOrder,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
  });

  it('pages of two follow each other without gap or overlap, each with the whole month’s totals', async () => {
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const variables: { month: string; first: number; after: string | null } = { month: MONTH, first: 2, after };
      const report = (await api.run(REPORT_PAGE, variables, world.manager)).data?.repeatOmissionReport;
      expect(report).toMatchObject({ totalOmissions: 6, totalCount: 6, pageInfo: { hasNextPage: page < 2 } });
      seen.push(...(report?.rows ?? []));
      after = report?.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(expectedOrder);
  });

  it('the top 50 of a month with six lots is all six, and no next page', async () => {
    const result = await api.run(REPORT_PAGE, { month: MONTH, first: 50 }, world.manager);
    expect(result.data?.repeatOmissionReport.rows).toEqual(expectedOrder);
    expect(result.data?.repeatOmissionReport.pageInfo.hasNextPage).toBe(false);
  });

  it('a month with nothing has no rows, zero totals and no cursor', async () => {
    const result = await api.run(REPORT_PAGE, { month: '2037-07', first: 50 }, world.manager);
    expect(result.data?.repeatOmissionReport).toEqual({
      totalOmissions: 0,
      totalCount: 0,
      rows: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it.each([
    ['first 0', { first: 0 }, 'first'],
    ['first above 500', { first: 501 }, 'first'],
    ['a cursor that is not one', { first: 2, after: 'not-a-cursor' }, 'after'],
  ])('refuses %s as BAD_USER_INPUT naming the argument', async (_name, page, field) => {
    const result = await api.run(REPORT_PAGE, { month: MONTH, ...page }, world.manager);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is refused to an agent', async () => {
    const result = await api.run(REPORT_PAGE, { month: MONTH, first: 2 }, world.agent);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
