import { count, eq } from 'drizzle-orm';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outcomeTemplates, type UserRow } from '@/db/schema';
import { useIntegrationApi } from '../fixtures/integration';
import { dataOf, type VariablesOf } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';
import type { OutcomeTemplateInput } from '../generated/graphql';

// Issue 15, item 4: outcome templates are data a manager keeps; agents read the active ones.

const { handle, api } = await useIntegrationApi();
let w: World;

beforeAll(async () => {
  w = await makeWorld(handle.db);
});

const LIST = graphql(`
  query TemplatesList($all: Boolean) {
    outcomeTemplates(includeInactive: $all) {
      id
      key
      kind
      firstResponse
      labelKo
      labelEn
      bodyKo
      active
    }
  }
`);
const ADD = graphql(`
  mutation TemplatesAdd($input: OutcomeTemplateInput!) {
    addOutcomeTemplate(input: $input) {
      id
      key
      active
      kind
      updatedBy {
        id
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation TemplatesUpdate($id: ID!, $input: OutcomeTemplateInput!) {
    updateOutcomeTemplate(id: $id, input: $input) {
      id
      bodyKo
      labelEn
    }
  }
`);
const SET_ACTIVE = graphql(`
  mutation TemplatesSetActive($id: ID!, $active: Boolean!) {
    setOutcomeTemplateActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

const input = (overrides: Partial<OutcomeTemplateInput> = {}): OutcomeTemplateInput => ({
  kind: 'EQUIPMENT_FAULT',
  firstResponse: false,
  labelKo: '현장 점검 요청',
  labelEn: 'Site check requested',
  bodyKo: '운영사 측으로 LPR 카메라 점검 요청.',
  bodyEn: 'Asked the operator to check the LPR camera.',
  sortOrder: 9_500,
  ...overrides,
});

async function ok<TDocument extends TypedDocumentNode<unknown, never>>(
  viewer: UserRow,
  query: TDocument,
  variables: VariablesOf<TDocument>,
) {
  return dataOf(api, query, variables, viewer);
}
const keysOf = (list: { key: string }[]) => list.map((t) => t.key);
const templateCount = async () => (await handle.db.select({ n: count() }).from(outcomeTemplates))[0]!.n;

describe('outcome templates', () => {
  it('agents read the guide’s seeded templates in order, first responses marked', async () => {
    const list = (await ok(w.agent, LIST, {})).outcomeTemplates;
    const seeded = [
      'FIRST_OMISSION_RESPONSE',
      'COUPON_ISSUED',
      'EQUIPMENT_FAULT_CLOSED',
      'REFUND_POLICY_EXPLAINED',
      'CONSUMER_AGENCY_REFUND',
    ];
    expect(keysOf(list).filter((key) => seeded.includes(key))).toEqual(seeded);
    expect(list.find((t: { key: string }) => t.key === 'FIRST_OMISSION_RESPONSE')).toMatchObject({
      kind: 'OPERATOR_OMISSION',
      firstResponse: true,
    });
  });

  it('a manager adds, edits and switches off a template; agents stop seeing it; each change is audited', async () => {
    const added = (await ok(w.manager, ADD, { input: input() })).addOutcomeTemplate;
    expect(added).toMatchObject({ active: true, kind: 'EQUIPMENT_FAULT', updatedBy: { id: w.manager.id } });
    expect(added.key).toMatch(/^CUSTOM_[0-9A-F]{10}$/);
    await ok(w.manager, UPDATE, { id: added.id, input: input({ bodyKo: '운영사 측으로 LPR 카메라 점검 요청 완료.', kind: null }) });
    expect((await ok(w.agent, LIST, {})).outcomeTemplates.find((t: { id: string }) => t.id === added.id)).toMatchObject({
      bodyKo: '운영사 측으로 LPR 카메라 점검 요청 완료.',
      kind: null,
    });

    await ok(w.manager, SET_ACTIVE, { id: added.id, active: false });
    expect(keysOf((await ok(w.agent, LIST, { all: true })).outcomeTemplates)).not.toContain(added.key);
    expect((await ok(w.manager, LIST, { all: true })).outcomeTemplates.find((t: { id: string }) => t.id === added.id)).toMatchObject({
      active: false,
    });
    const actions = (await handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, added.id))).map(
      (row) => row.action,
    );
    expect(actions.sort()).toEqual(['ADD_OUTCOME_TEMPLATE', 'DEACTIVATE_OUTCOME_TEMPLATE', 'UPDATE_OUTCOME_TEMPLATE']);

    const again = await api.run(SET_ACTIVE, { id: added.id, active: false }, w.manager);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['a label over 60 characters', { labelKo: '가'.repeat(61) }, 'input.labelKo'],
    ['an empty English body', { bodyEn: ' ' }, 'input.bodyEn'],
    ['a negative order', { sortOrder: -1 }, 'input.sortOrder'],
  ])('%s is BAD_USER_INPUT naming the field and adds nothing', async (_what, overrides, field) => {
    const before = await templateCount();
    const result = await api.run(ADD, { input: input(overrides) }, w.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message.startsWith(`${field}:`)).toBe(true);
    expect(await templateCount()).toBe(before);
  });

  it('an agent cannot change templates (FORBIDDEN, nothing written)', async () => {
    const before = await templateCount();
    const result = await api.run(ADD, { input: input() }, w.agent);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await templateCount()).toBe(before);
  });
});
