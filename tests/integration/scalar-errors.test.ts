import { describe, expect, it } from 'vitest';
import { useIntegrationWorld } from '../fixtures/integration';

const { api, world } = await useIntegrationWorld();

describe('scalars refuse bad values with BAD_USER_INPUT that says where', () => {
  it('a variable names itself and the reason', async () => {
    const result = await api.run('query ($m: Month!) { repeatOmissionReport(month: $m) { month } }', { m: '2026-13' }, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('$m');
    expect(result.errors?.[0]?.message).toContain('올바른 월이 아닙니다');
  });

  it('an inline literal names the value and the reason', async () => {
    const result = await api.run('{ repeatOmissionReport(month: "2026-13") { month } }', {}, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('"2026-13"');
    expect(result.errors?.[0]?.message).toContain('올바른 월이 아닙니다');
  });

  it('a DateTime without an offset says to add one', async () => {
    const result = await api.run(
      'mutation ($at: DateTime!) { recordOnsitePayment(caseId: "00000000-0000-4000-8000-000000000000", amount: 1, paidAt: $at) { id } }',
      { at: '2026-04-01T09:30:00' },
      world.agent,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('$at');
    expect(result.errors?.[0]?.message).toContain('시간대를 포함해 주세요');
  });
});
