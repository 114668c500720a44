import { describe, expect, it } from 'vitest';
import { useIntegrationWorld } from '../fixtures/integration';
import { graphql } from '../generated';

const { api, world } = await useIntegrationWorld();

describe('viewer', () => {
  it('is null without a session', async () => {
    const result = await api.run('{ viewer { id } }');
    expect(result).toEqual({ data: { viewer: null } });
  });

  it.each([
    ['agent', () => world.agent, 'AGENT'],
    ['operator', () => world.operatorUserA, 'OPERATOR'],
    ['manager', () => world.manager, 'MANAGER'],
  ])('answers the role of the %s', async (_name, viewer, role) => {
    const result = await api.run('{ viewer { role email } }', {}, viewer());
    expect(result.data?.viewer).toMatchObject({ role, email: viewer().email });
  });

  it('an operator sees its own operator', async () => {
    const result = await api.run('{ viewer { operator { name } } }', {}, world.operatorUserA);
    expect(result.data?.viewer).toEqual({ operator: { name: world.operatorA.name } });
  });
});

describe('lots: an operator sees only its own', () => {
  const LOTS = graphql(`
    query ReadApiLots {
      lots {
        id
        name
        operator {
          id
          lots {
            id
          }
        }
      }
    }
  `);

  it('operator A sees lot A and not lot B', async () => {
    const result = await api.run(LOTS, {}, world.operatorUserA);
    const ids = result.data!.lots.map((lot) => lot.id);
    expect(ids).toContain(world.lotA.id);
    expect(ids).not.toContain(world.lotB.id);
  });

  it('the manager sees both, each with its operator', async () => {
    const result = await api.run(LOTS, {}, world.manager);
    const lots = result.data!.lots;
    expect(lots.find((lot) => lot.id === world.lotA.id)?.operator.id).toBe(world.operatorA.id);
    expect(lots.find((lot) => lot.id === world.lotB.id)?.operator.id).toBe(world.operatorB.id);
  });

  it('anonymous callers are UNAUTHENTICATED and get no data', async () => {
    const result = await api.run(LOTS);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });
});

describe('searchPasses', () => {
  const SEARCH = graphql(`
    query ReadApiSearchPasses($plate: String, $phoneLast4: String) {
      searchPasses(plate: $plate, phoneLast4: $phoneLast4) {
        id
        plate
        customer {
          name
          phoneMasked
        }
        lot {
          name
        }
      }
    }
  `);

  it('finds the pass by part of its plate, with spaces typed in', async () => {
    const part = world.pass.plate.slice(-5);
    const result = await api.run(SEARCH, { plate: ` ${part.slice(0, 1)} ${part.slice(1)}` }, world.agent);
    expect(result.data!.searchPasses.map((pass) => pass.id)).toContain(world.pass.id);
  });

  it('finds the pass by the last four digits of the phone, masked', async () => {
    const result = await api.run(SEARCH, { phoneLast4: world.last4 }, world.agent);
    const found = result.data!.searchPasses.find((pass) => pass.id === world.pass.id);
    expect(found?.customer.phoneMasked).toBe(`010-****-${world.last4}`);
  });

  it('needs a plate or a phone', async () => {
    const result = await api.run(SEARCH, {}, world.agent);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a phone suffix that is not four digits', async () => {
    const result = await api.run(SEARCH, { phoneLast4: '12a4' }, world.agent);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('phoneLast4');
  });

  it('is FORBIDDEN to operators', async () => {
    const result = await api.run(SEARCH, { plate: '12' }, world.operatorUserA);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('errors keep the contract', () => {
  it('an impossible month written inline is BAD_USER_INPUT', async () => {
    const result = await api.run('{ repeatOmissionReport(month: "2026-13") { month } }', {}, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Month');
  });

  it('an impossible month in a variable is BAD_USER_INPUT', async () => {
    const result = await api.run('query ($m: Month!) { repeatOmissionReport(month: $m) { month } }', { m: '2026-13' }, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a DateTime without an offset is BAD_USER_INPUT', async () => {
    const result = await api.run(
      `mutation { openCase(input: { passId: "${world.pass.id}", kind: OPERATOR_OMISSION, incidentAt: "2026-04-01T09:30:00" }) { id } }`,
      {},
      world.agent,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a malformed id is BAD_USER_INPUT, not a database error', async () => {
    const result = await api.run(
      `mutation { createPass(input: { customerId: "1; drop table passes", lotId: "${world.lotA.id}", plate: "12가3456", startsOn: "2026-05-01", endsOn: "2026-05-31", amountPaid: 1, availableDays: 31 }) { id } }`,
      {},
      world.manager,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('input.customerId');
  });

  it('an unknown customer is NOT_FOUND', async () => {
    const result = await api.run(
      `mutation { createPass(input: { customerId: "00000000-0000-4000-8000-000000000000", lotId: "${world.lotA.id}", plate: "12가3456", startsOn: "2026-05-01", endsOn: "2026-05-31", amountPaid: 1, availableDays: 31 }) { id } }`,
      {},
      world.manager,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a refusal', '{ refundQuote(passId: "00000000-0000-4000-8000-000000000000", usedDays: 1) { refund } }', 'NOT_FOUND'],
    ['bad input', '{ refundQuote(passId: "x", usedDays: 1) { refund } }', 'BAD_USER_INPUT'],
    ['an unknown field', '{ refundQuote(passId: "x", usedDays: 1) { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s carries no stack trace, SQL or file path', async (_what, query, code) => {
    const result = await api.run(query, {}, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+|SELECT|node_modules/);
  });
});
