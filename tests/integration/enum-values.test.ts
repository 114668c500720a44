import { sql } from 'drizzle-orm';
import { GraphQLEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type DatabaseHandle } from '@/db/client';
import { buildSchema } from '@/graphql/build-schema';
import * as values from '@/lib/domain/enum-values';
import { GUIDE_STEP_KEYS, GUIDE_STEPS } from '@/lib/domain/guide-script';
import { CANCELLATION_STATUSES } from '@/lib/domain/payment-cancellation';
import { openTestDatabase } from '../fixtures/test-api';

// Issue 17, item 2: each value is written once, as a tuple in lib/domain; the GraphQL enums (read
// from the served schema) and the database's enum types (read from the migrated database) must
// say the same, in the same order. A value added in one place only fails here.

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const schema = buildSchema();

/** The values of a GraphQL enum of the served schema, in the SDL's order. */
function graphqlEnum(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

/** The labels of a PostgreSQL enum type, in their sort order. */
async function databaseEnum(name: string): Promise<string[]> {
  const result = await handle.db.execute(
    sql`SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = ${name} ORDER BY e.enumsortorder`,
  );
  return rowsOf<{ label: string }>(result).map((row) => row.label);
}

describe('values written once: lib/domain tuples, GraphQL enums and database enums agree', () => {
  it.each([
    ['Role', 'role', values.ROLES],
    ['LotIntegration', 'lot_integration', values.LOT_INTEGRATIONS],
    ['VocKind', 'voc_kind', values.VOC_KINDS],
    ['CaseStatus', 'case_status', values.CASE_STATUSES],
    ['RequestStatus', 'request_status', values.REQUEST_STATUSES],
    ['RefundBasis', 'refund_basis', values.REFUND_BASES],
    ['RefundStatus', 'refund_status', values.REFUND_STATUSES],
    ['MessageStatus', 'message_status', values.MESSAGE_STATUSES],
    ['CancellationStatus', 'cancellation_status', CANCELLATION_STATUSES],
  ] as const)('%s: the GraphQL enum and the database type %s are the tuple', async (graphqlName, databaseName, tuple) => {
    expect(graphqlEnum(graphqlName)).toEqual([...tuple]);
    expect(await databaseEnum(databaseName)).toEqual([...tuple]);
  });

  it('pass_status: the database type is the tuple (the API shows no pass status enum)', async () => {
    expect(await databaseEnum('pass_status')).toEqual([...values.PASS_STATUSES]);
  });

  it('GuideStepKey: the GraphQL enum and the guide script’s steps are the tuple, in the flow’s order', () => {
    expect(graphqlEnum('GuideStepKey')).toEqual([...GUIDE_STEP_KEYS]);
    expect(GUIDE_STEPS.map((step) => step.key)).toEqual([...GUIDE_STEP_KEYS]);
  });
});
