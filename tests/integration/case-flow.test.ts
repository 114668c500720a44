import { describe, expect, it } from 'vitest';
import { drainSmsOutbox } from '@/lib/services/messaging/drain-sms-outbox';
import { RecordingSmsSender } from '@/lib/sms/sms-sender';
import { openCaseVia, openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { makeWorld } from '../fixtures/world';
import { graphql } from '../generated';

const { handle, api, world } = await useIntegrationWorld();

const CASE = graphql(`
  query CaseFlowCase($id: ID!) {
    case(id: $id) {
      code
      status
      version
      incidentMonth
      consultationType
      identityVerified
      lot {
        name
        phone
        hasExitCallButton
      }
      couponEligibility {
        eligible
        omissionsThisMonth
        amount
        reason
      }
      exitRequests {
        status
      }
      registrationRequests {
        status
        plate
      }
      onsitePayments {
        amount
        hasReceipt
        cancellationRequested
      }
      coupons {
        amount
        month
      }
      refunds {
        basis
        amount
        status
        usedDays
      }
      timeline {
        type
        scriptStep
        actor {
          id
        }
      }
      messages {
        toMasked
        body
        status
      }
      smsPreview
    }
  }
`);

describe('the agent’s flow through a case', () => {
  it('opens a case in the incident’s KST month with the consultation type of the lot', async () => {
    const opened = await openCaseVia(api, world.agent, world.pass.id, '2026-03-31T15:30:00Z');
    expect(opened.code).toMatch(/^VOC-\d{6}-\d{6}$/);
    expect(opened.incidentMonth).toBe('2026-04');
    expect(opened.consultationType).toEqual(['주차_고객', '서비스 이용/정책', '정기권 문의', '정기권 미적용(연동)']);
  });

  it('refuses an incident outside the pass period, naming input.incidentAt, and writes nothing', async () => {
    const before = await api.run('{ cases(first: 1) { totalCount } }', {}, world.agent);
    const result = await api.run(
      'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      { input: { passId: world.pass.id, kind: 'OPERATOR_OMISSION', incidentAt: '2026-05-01T00:10:00+09:00' } },
      world.agent,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('input.incidentAt');
    const after = await api.run('{ cases(first: 1) { totalCount } }', {}, world.agent);
    expect(after.data).toEqual(before.data);
  });

  it('walks verify → exit → registration → payment → resolve, each on the timeline', async () => {
    const opened = await openCaseVia(api, world.agent, world.pass.id, '2026-04-03T08:10:00+09:00');
    const denied = await api.run('mutation ($id: ID!) { requestExit(caseId: $id) { id } }', { id: opened.id }, world.agent);
    expect(denied.errors?.[0]?.extensions?.code).toBe('POLICY_DENIED');
    expect(denied.errors?.[0]?.message).toContain('본인 확인');

    const verified = await api.run(
      'mutation ($id: ID!, $v: Int) { verifyIdentity(caseId: $id, expectedVersion: $v) { version } }',
      { id: opened.id, v: opened.version },
      world.agent,
    );
    expect(verified.errors).toBeUndefined();
    for (const mutation of ['requestExit(caseId: $id) { status }', 'requestRegistration(caseId: $id) { status plate }']) {
      const result = await api.run(`mutation ($id: ID!) { ${mutation} }`, { id: opened.id }, world.agent);
      expect(result.errors).toBeUndefined();
    }
    const paid = await api.run(
      'mutation ($id: ID!) { recordOnsitePayment(caseId: $id, amount: 4500, paidAt: "2026-04-03T08:20:00+09:00") { amount hasReceipt } }',
      { id: opened.id },
      world.agent,
    );
    expect(paid.data?.recordOnsitePayment).toEqual({ amount: 4500, hasReceipt: false });
    const resolved = await api.run(
      'mutation ($id: ID!) { resolveCase(caseId: $id, outcome: "출차 처리, 등록 요청 완료") { status } }',
      { id: opened.id },
      world.agent,
    );
    expect(resolved.data?.resolveCase).toEqual({ status: 'RESOLVED' });

    const detail = (await api.run(CASE, { id: opened.id }, world.agent)).data!.case!;
    expect(detail.timeline.map((e) => e.type)).toEqual([
      'CASE_OPENED',
      'IDENTITY_VERIFIED',
      'EXIT_REQUESTED',
      'REGISTRATION_REQUESTED',
      'ONSITE_PAYMENT_RECORDED',
      'CASE_RESOLVED',
    ]);
    expect(detail.exitRequests).toEqual([{ status: 'REQUESTED' }]);
    expect(detail.registrationRequests).toEqual([{ status: 'REQUESTED', plate: world.pass.plate }]);
    expect(detail.smsPreview).toContain('정기권 차량 등록이 완료되었습니다');
    expect(detail.smsPreview).toContain(world.pass.plate);
    const again = await api.run('mutation ($id: ID!) { requestExit(caseId: $id) { id } }', { id: opened.id }, world.agent);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a stale expectedVersion is a CONFLICT and changes nothing', async () => {
    const opened = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-05T10:00:00+09:00');
    const first = await api.run(
      'mutation ($id: ID!, $v: Int) { requestExit(caseId: $id, expectedVersion: $v) { id } }',
      { id: opened.id, v: opened.version },
      world.agent,
    );
    expect(first.errors).toBeUndefined();
    const stale = await api.run(
      'mutation ($id: ID!, $v: Int) { resolveCase(caseId: $id, outcome: "종결", expectedVersion: $v) { id } }',
      { id: opened.id, v: opened.version },
      world.agent,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const detail = (await api.run(CASE, { id: opened.id }, world.agent)).data!.case!;
    expect(detail.status).toBe('WAITING_ON_OPERATOR');
  });
});

describe('compensation', () => {
  it('coupon: 1st omission of the month not eligible, 2nd eligible and issued once, 3rd says why not', async () => {
    const freshWorld = await makeWorld(handle.db);
    const first = await openVerifiedCase(api, freshWorld.agent, freshWorld.pass.id, '2026-04-10T09:00:00+09:00');
    const one = (await api.run(CASE, { id: first.id }, freshWorld.agent)).data!.case!;
    expect(one.couponEligibility).toMatchObject({ eligible: false, omissionsThisMonth: 1 });
    const refused = await api.run(
      'mutation ($id: ID!) { issueCompensationCoupon(caseId: $id) { id } }',
      { id: first.id },
      freshWorld.agent,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('POLICY_DENIED');

    const second = await openVerifiedCase(api, freshWorld.agent, freshWorld.pass.id, '2026-04-18T18:30:00+09:00');
    const two = (await api.run(CASE, { id: second.id }, freshWorld.agent)).data!.case!;
    expect(two.couponEligibility).toMatchObject({ eligible: true, amount: 3000 });
    const issued = await api.run(
      'mutation ($id: ID!) { issueCompensationCoupon(caseId: $id) { amount month customer { id } } }',
      { id: second.id },
      freshWorld.agent,
    );
    expect(issued.data?.issueCompensationCoupon).toEqual({ amount: 3000, month: '2026-04', customer: { id: freshWorld.customer.id } });

    const third = await openVerifiedCase(api, freshWorld.agent, freshWorld.pass.id, '2026-04-25T07:00:00+09:00');
    const three = (await api.run(CASE, { id: third.id }, freshWorld.agent)).data!.case!;
    expect(three.couponEligibility.eligible).toBe(false);
    expect(three.couponEligibility.omissionsThisMonth).toBe(3);
    expect(three.couponEligibility.reason).toContain('이미 지급');

    const sender = new RecordingSmsSender();
    // On PostgreSQL the outbox is shared with the files running beside this one: one batch of
    // 20 may be all theirs, so drain every queued text.
    await drainSmsOutbox(handle.db, sender, 10_000);
    expect(sender.sent.some((m) => m.body.includes('3,000원 쿠폰'))).toBe(true);
    const messages = (await api.run(CASE, { id: second.id }, freshWorld.agent)).data!.case!;
    expect(messages.messages).toEqual([expect.objectContaining({ status: 'SENT', toMasked: `010-****-${freshWorld.last4}` })]);
  });

  it('coupon: 20 agents pressing at once on two eligible cases issue exactly one coupon', async () => {
    const w = await makeWorld(handle.db);
    const a = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-11T09:00:00+09:00');
    const b = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-12T09:00:00+09:00');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.run('mutation ($id: ID!) { issueCompensationCoupon(caseId: $id) { id } }', { id: i % 2 ? a.id : b.id }, w.agent),
      ),
    );
    const codes = results.map((r) => (r.errors ? String(r.errors[0]?.extensions?.code) : 'ISSUED'));
    expect(codes.filter((c) => c === 'ISSUED')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'ISSUED').every((c) => c === 'POLICY_DENIED' || c === 'CONFLICT')).toBe(true);
    const both = await Promise.all([a, b].map(async (c) => (await api.run(CASE, { id: c.id }, w.agent)).data!.case!.coupons.length));
    expect(both[0]! + both[1]!).toBe(1);
  });

  it('refund: after a rejected proposal a new one may be made, and a second open one is a CONFLICT', async () => {
    const w = await makeWorld(handle.db);
    const claim = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T12:00:00+09:00', 'REFUND_CLAIM');
    const PROPOSE = graphql(`
      mutation CaseFlowProposeRefund($id: ID!) {
        proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 10) {
          id
          amount
        }
      }
    `);
    const first = await api.run(PROPOSE, { id: claim.id }, w.agent);
    const firstId = first.data!.proposeRefund.id;
    const rejected = await api.run(
      'mutation ($id: ID!) { decideRefund(id: $id, approve: false, reason: "이용일 재확인 필요") { status } }',
      { id: firstId },
      w.manager,
    );
    expect(rejected.data?.decideRefund).toEqual({ status: 'REJECTED' });
    const second = await api.run(PROPOSE, { id: claim.id }, w.agent);
    expect(second.data?.proposeRefund).toMatchObject({ amount: 100_000 });
    const third = await api.run(PROPOSE, { id: claim.id }, w.agent);
    expect(third.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(third.errors?.[0]?.message).toContain('이미 진행 중이거나 승인된 환불');
  });

  it('refund: the Consumer Agency basis is computed by the server (150,000/30/7 → 115,000)', async () => {
    const w = await makeWorld(handle.db);
    const quote = await api.run(
      'query ($p: ID!) { refundQuote(passId: $p, usedDays: 7) { paid availableDays usedDays usedAmount refund } }',
      { p: w.pass.id },
      w.agent,
    );
    expect(quote.data?.refundQuote).toEqual({ paid: 150_000, availableDays: 30, usedDays: 7, usedAmount: 35_000, refund: 115_000 });
    const claim = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-08T12:00:00+09:00', 'REFUND_CLAIM');
    const proposed = await api.run(
      'mutation ($id: ID!) { proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) { basis amount status usedDays } }',
      { id: claim.id },
      w.agent,
    );
    expect(proposed.data?.proposeRefund).toEqual({ basis: 'CONSUMER_AGENCY', amount: 115_000, status: 'PROPOSED', usedDays: 7 });
    const bad = await api.run('query ($p: ID!) { refundQuote(passId: $p, usedDays: 31) { refund } }', { p: w.pass.id }, w.agent);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('usedDays');
  });
});
