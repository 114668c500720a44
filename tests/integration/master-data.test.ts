import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, customers, operators, parkingLots, passes, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/accounts';
import { useIntegrationWorld } from '../fixtures/integration';
import { graphql } from '../generated';
import type { ParkingLotInput, PassInput, UserInput } from '../generated/graphql';

const { handle, api, world } = await useIntegrationWorld();

const CREATE_LOT = graphql(`
  mutation MasterDataCreateLot($input: ParkingLotInput!) {
    createParkingLot(input: $input) {
      id
      name
      integration
      hasExitCallButton
      operator {
        id
      }
    }
  }
`);
const CREATE_PASS = graphql(`
  mutation MasterDataCreatePass($input: PassInput!) {
    createPass(input: $input) {
      id
      plate
      startsOn
      endsOn
      amountPaid
      registered
      lot {
        id
      }
      customer {
        id
        phoneMasked
      }
    }
  }
`);
const CREATE_USER = graphql(`
  mutation MasterDataCreateUser($input: UserInput!) {
    createUser(input: $input) {
      id
      email
      role
      operator {
        id
      }
    }
  }
`);

const lotInput = (): ParkingLotInput => ({
  name: '서초 법원 앞 주차장',
  address: '서울 서초구 서초중앙로 157',
  operatorId: world.operatorA.id,
  integration: 'NON_LINKED',
  hasExitCallButton: false,
  phone: '02-555-1234',
});
const passInput = (overrides: Partial<PassInput> = {}): PassInput => ({
  customerId: world.customer.id,
  lotId: world.lotA.id,
  plate: '123가4567',
  startsOn: '2026-05-01',
  endsOn: '2026-05-31',
  amountPaid: 120000,
  availableDays: 31,
  ...overrides,
});

async function countOf(table: typeof passes | typeof parkingLots | typeof users | typeof customers | typeof operators) {
  const [row] = await handle.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe('master data: a manager creates, others are refused', () => {
  it('manager creates a parking lot, and the access log records it', async () => {
    const result = await api.run(CREATE_LOT, { input: lotInput() }, world.manager);
    expect(result.errors).toBeUndefined();
    const lot = result.data!.createParkingLot;
    expect(lot.operator.id).toBe(world.operatorA.id);
    const logged = await handle.db.select().from(auditLog).where(eq(auditLog.subjectId, lot.id));
    expect(logged.map((entry) => entry.action)).toEqual(['CREATE_PARKING_LOT']);
    expect(logged[0]?.actorId).toBe(world.manager.id);
  });

  it.each([
    ['agent', () => world.agent],
    ['operator', () => world.operatorUserA],
  ])('createParkingLot as %s is FORBIDDEN and writes nothing', async (_role, viewer) => {
    const before = await countOf(parkingLots);
    const result = await api.run(CREATE_LOT, { input: lotInput() }, viewer());
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.createParkingLot ?? null).toBeNull();
    expect(await countOf(parkingLots)).toBe(before);
  });

  it('createParkingLot without a session is UNAUTHENTICATED', async () => {
    const result = await api.run(CREATE_LOT, { input: lotInput() }, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([['12가3456'], ['123가4567'], ['서울12가3456'], ['12 가 3456']])('createPass accepts the Korean plate %s', async (plate) => {
    const result = await api.run(CREATE_PASS, { input: passInput({ plate }) }, world.manager);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPass.plate).toBe(plate.replace(/\s+/g, ''));
  });

  it.each([
    ['a bad plate', { plate: 'AB1234' }, 'input.plate'],
    ['a plate with a made-up region', { plate: '화성12가3456' }, 'input.plate'],
    ['a negative amount', { amountPaid: -1 }, 'input.amountPaid'],
    ['zero available days', { availableDays: 0 }, 'input.availableDays'],
    ['an end before the start', { startsOn: '2026-05-10', endsOn: '2026-05-01' }, 'input.endsOn'],
  ])('createPass with %s is BAD_USER_INPUT naming the field and writes nothing', async (_what, overrides, field) => {
    const before = await countOf(passes);
    const result = await api.run(CREATE_PASS, { input: passInput(overrides) }, world.manager);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(field);
    expect(await countOf(passes)).toBe(before);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['20260501']])('createPass with the impossible date %s is BAD_USER_INPUT', async (startsOn) => {
    const result = await api.run(CREATE_PASS, { input: passInput({ startsOn }) }, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Date');
  });

  it('createUser with a short password is BAD_USER_INPUT naming input.password and writes nothing', async () => {
    const before = await countOf(users);
    const result = await api.run(
      CREATE_USER,
      { input: { name: '박상담', email: 'short@demo.test', password: 'short-pass', role: 'AGENT' } },
      world.manager,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('input.password');
    expect(await countOf(users)).toBe(before);
  });

  // Issue 16: these were accepted (ASVS 2.1.7); the refusal says why, on input.password.
  it.each([
    ['password1234', 'sam@test.local', '유출 목록'],
    ['aaaaaaaaaaaa', 'sam@test.local', '반복'],
    ['123456789012', 'sam@test.local', '연속된 글자'],
    ['P@ssw0rd2026!', 'sam@test.local', '유출 목록'],
    ['Kim.Minsu-parking-2026', 'kim.minsu@test.local', '이메일의 @ 앞부분'],
  ])('createUser with the password %s is BAD_USER_INPUT naming input.password and writes nothing', async (password, email, why) => {
    const before = await countOf(users);
    const result = await api.run(CREATE_USER, { input: { name: '박상담', email, password, role: 'AGENT' } }, world.manager);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.password',
      reason: { code: expect.stringMatching(/^password/), params: {} },
    });
    expect(result.errors?.[0]?.message).toContain(why);
    expect(await countOf(users)).toBe(before);
  });

  it('createUser takes the demo password (the README prints it) for an account whose e-mail it does not contain', async () => {
    const result = await api.run(
      CREATE_USER,
      { input: { name: '박상담', email: `demo-check-${Date.now()}@test.local`, password: DEMO_PASSWORD, role: 'AGENT' } },
      world.manager,
    );
    expect(result.errors).toBeUndefined();
  });

  it('createUser: an OPERATOR needs an operatorId and others may not have one', async () => {
    const base = { name: '이운영', password: 'long-enough-password', role: 'OPERATOR' } satisfies Partial<UserInput>;
    const missing = await api.run(CREATE_USER, { input: { ...base, email: 'op-missing@test.local' } }, world.manager);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toContain('input.operatorId');
    const agentWithOperator = await api.run(
      CREATE_USER,
      { input: { ...base, role: 'AGENT', email: 'agent-op@test.local', operatorId: world.operatorA.id } },
      world.manager,
    );
    expect(agentWithOperator.errors?.[0]?.message).toContain('input.operatorId');
    const ok = await api.run(CREATE_USER, { input: { ...base, email: 'op-ok@test.local', operatorId: world.operatorB.id } }, world.manager);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.createUser).toMatchObject({ role: 'OPERATOR', operator: { id: world.operatorB.id } });
  });

  it('createUser refuses an email already in use, whatever its case', async () => {
    const input: UserInput = { name: '최매니저', email: 'dup@test.local', password: 'long-enough-password', role: 'MANAGER' };
    expect((await api.run(CREATE_USER, { input }, world.manager)).errors).toBeUndefined();
    const again = await api.run(CREATE_USER, { input: { ...input, email: 'DUP@test.local' } }, world.manager);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toContain('input.email');
  });

  it('createCustomer validates the phone and masks it on the way out', async () => {
    const bad = await api.run(
      `mutation { createCustomer(input: { name: "홍길동", phone: "12345", accountRef: "kakao-bad" }) { id } }`,
      {},
      world.manager,
    );
    expect(bad.errors?.[0]?.message).toContain('input.phone');
    const good = await api.run(
      `mutation { createCustomer(input: { name: "홍길동", phone: "010-2222-3333", accountRef: "kakao-good-${world.last4}" }) { name phoneMasked } }`,
      {},
      world.manager,
    );
    expect(good.errors).toBeUndefined();
    expect(good.data?.createCustomer).toEqual({ name: '홍길동', phoneMasked: '010-****-3333' });
  });

  it('createOperator refuses a blank name', async () => {
    const result = await api.run(`mutation { createOperator(input: { name: "   " }) { id } }`, {}, world.manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('input.name');
  });
});
