import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { cases, customers, operators } from '@/db/schema';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { graphql } from '../generated';

// Issue 16, item 8: a text-direction override (U+202E) and ESC[31m were stored in names and
// notes. One rule (lib/domain/text-hygiene.ts) at the GraphQL edge (graphql/validate.ts):
// single-line fields refuse, multi-line free text is stored stripped.

const { handle, api, world } = await useIntegrationWorld();

const CREATE_OPERATOR = graphql(`
  mutation HygieneCreateOperator($i: OperatorInput!) {
    createOperator(input: $i) {
      id
      name
    }
  }
`);
const OPEN_CASE_WITH_NOTE = graphql(`
  mutation HygieneOpenCase($i: OpenCaseInput!) {
    openCase(input: $i) {
      id
    }
  }
`);

const countOf = async (table: typeof customers | typeof operators) => (await handle.db.select({ n: count() }).from(table))[0]?.n;

describe('single-line text with a hidden character is refused, naming the field and the character', () => {
  it.each([
    [
      'createCustomer, U+202E in the name',
      'mutation ($i: CustomerInput!) { createCustomer(input: $i) { id } }',
      { name: '홍길동\u202e4567', phone: '010-3001-0210', accountRef: 'kakao-1' },
      'input.name',
      'U+202E',
      customers,
    ],
    [
      'createCustomer, ESC[31m in the name',
      'mutation ($i: CustomerInput!) { createCustomer(input: $i) { id } }',
      { name: '\u001b[31m홍길동', phone: '010-3001-0210', accountRef: 'kakao-1' },
      'input.name',
      'U+001B',
      customers,
    ],
    [
      'createCustomer, a zero-width space in the account',
      'mutation ($i: CustomerInput!) { createCustomer(input: $i) { id } }',
      { name: '홍길동', phone: '010-3001-0210', accountRef: 'kakao\u200b-1' },
      'input.accountRef',
      'U+200B',
      customers,
    ],
    [
      'createOperator, a line break inside the name',
      'mutation ($i: OperatorInput!) { createOperator(input: $i) { id } }',
      { name: '한빛\n파킹' },
      'input.name',
      'U+000A',
      operators,
    ],
    [
      'createOperator, a C1 control',
      'mutation ($i: OperatorInput!) { createOperator(input: $i) { id } }',
      { name: '한빛\u009b파킹' },
      'input.name',
      'U+009B',
      operators,
    ],
  ])('%s', async (_what, document, input, field, label, table) => {
    const before = await countOf(table);
    const result = await api.run(document, { i: input }, world.manager);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field,
      reason: { code: 'hiddenCharacter', params: expect.objectContaining({ codePoint: label }) },
    });
    expect(result.errors?.[0]?.message).toContain(label);
    expect(await countOf(table)).toBe(before);
  });

  it('a plain z.string() filter is covered by the backstop: searchPasses with U+202E in the plate', async () => {
    const result = await api.run('query ($p: String) { searchPasses(plate: $p) { id } }', { p: '12가\u202e3456' }, world.agent);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'plate',
      reason: { code: 'hiddenCharacter', params: { kind: 'direction', codePoint: 'U+202E', position: 4 } },
    });
  });

  it('Korean, jamo and emoji (a ZWJ family included) are stored as typed', async () => {
    const name = '김민지 ㅎㅎ 👨‍👩‍👧 한빛';
    const result = await api.run(CREATE_OPERATOR, { i: { name } }, world.manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createOperator.name).toBe(name);
  });
});

describe('multi-line free text is stored stripped, line breaks kept', () => {
  it('openCase note and resolveCase outcome lose controls, overrides and zero-width characters', async () => {
    const note = '첫 줄\r\n\u202e둘째\u001b[31m 줄\u200b 👨‍👩‍👧';
    const opened = await api.run(
      OPEN_CASE_WITH_NOTE,
      { i: { passId: world.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: '2026-04-05T09:00:00+09:00', note } },
      world.agent,
    );
    expect(opened.errors).toBeUndefined();
    const id = opened.data!.openCase.id;
    const [stored] = await handle.db.select({ note: cases.note }).from(cases).where(eq(cases.id, id));
    expect(stored?.note).toBe('첫 줄\n둘째[31m 줄 👨‍👩‍👧');

    const verified = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-06T09:00:00+09:00');
    const resolved = await api.run(
      'mutation ($id: ID!, $o: String!) { resolveCase(caseId: $id, outcome: $o) { id } }',
      { id: verified.id, o: '안내 완료\u2066\u0007\n재발 시 쿠폰' },
      world.agent,
    );
    expect(resolved.errors).toBeUndefined();
    const [after] = await handle.db.select({ outcome: cases.outcome }).from(cases).where(eq(cases.id, verified.id));
    expect(after?.outcome).toBe('안내 완료\n재발 시 쿠폰');
  });

  it('a note of nothing but hidden characters is empty, so refused', async () => {
    const result = await api.run(
      'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id } }',
      { i: { passId: world.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: '2026-04-07T09:00:00+09:00', note: '\u200b\u202e\u001b' } },
      world.agent,
    );
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
      reason: { code: 'inputRequired', params: {} },
    });
  });
});
