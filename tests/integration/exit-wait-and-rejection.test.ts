import { sql, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cases, exitRequests, registrationRequests, smsMessages } from '@/db/schema';
import { registrationRejectedSms } from '@/lib/domain/sms-templates';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import type { GraphQLResult } from '../fixtures/test-api';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

// Issue 15, items 6 and 7: the agent's page waiting on the lot (the cheap poll, a repeat exit
// request needs a reason) and the customer's text when the lot rejects a registration.

const { handle, api } = await useIntegrationApi();

const REQUEST_EXIT = graphql(`
  mutation ExitWaitRequestExit($id: ID!, $reason: String) {
    requestExit(caseId: $id, reason: $reason) {
      id
      status
      reason
    }
  }
`);
const ACK_EXIT = graphql(`
  mutation ExitWaitAckExit($id: ID!) {
    acknowledgeExit(id: $id) {
      id
    }
  }
`);
const REQUEST_REGISTRATION = graphql(`
  mutation ExitWaitRequestRegistration($id: ID!) {
    requestRegistration(caseId: $id) {
      id
    }
  }
`);
const ACK_REGISTRATION = graphql(`
  mutation ExitWaitAckRegistration($id: ID!) {
    acknowledgeRegistration(id: $id) {
      id
    }
  }
`);
const REJECT = graphql(`
  mutation ExitWaitReject($id: ID!, $reason: String!) {
    rejectRegistration(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
const ACTIVITY = graphql(`
  query ExitWaitActivity($id: ID!) {
    caseActivity(id: $id) {
      caseId
      changedAt
      serverTime
    }
  }
`);
const EXIT_REASONS = graphql(`
  query ExitWaitExitReasons($id: ID!) {
    case(id: $id) {
      exitRequests {
        reason
      }
    }
  }
`);
const QUEUE = graphql(`
  query ExitWaitQueue {
    exitRequestQueue {
      id
      reason
    }
  }
`);
const UPDATED_AT = graphql(`
  query ExitWaitUpdatedAt($id: ID!) {
    case(id: $id) {
      updatedAt
    }
  }
`);
const REGISTRATIONS = graphql(`
  query ExitWaitRegistrations($id: ID!) {
    case(id: $id) {
      status
      registrationRequests {
        status
        rejectReason
      }
    }
  }
`);

const errorOf = (result: GraphQLResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
});
/** The answer's data, typed by its document; fails the test on an error. */
function answered<TData>(result: GraphQLResult<TData>): TData {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function verifiedCase(): Promise<{ w: World; caseId: string; code: string }> {
  const w = await makeWorld(handle.db);
  const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T09:00:00+09:00');
  return { w, caseId: opened.id, code: opened.code };
}

/** What a refusal must leave as it was: the case's requests, version and status, and its texts. */
async function snapshot(caseId: string) {
  const [row] = await handle.db
    .select({ version: cases.version, status: cases.status, updatedAt: cases.updatedAt })
    .from(cases)
    .where(eq(cases.id, caseId));
  const exits = await handle.db
    .select({ status: exitRequests.status, reason: exitRequests.reason })
    .from(exitRequests)
    .where(eq(exitRequests.caseId, caseId));
  const registrations = await handle.db
    .select({ status: registrationRequests.status })
    .from(registrationRequests)
    .where(eq(registrationRequests.caseId, caseId));
  const texts = await handle.db.select({ body: smsMessages.body }).from(smsMessages).where(eq(smsMessages.caseId, caseId));
  return { row, exits, registrations, texts };
}

describe('a repeat exit request', () => {
  it('after an exit was handled, asking again without a reason is BAD_USER_INPUT on reason and writes nothing', async () => {
    const { w, caseId } = await verifiedCase();
    const first = answered(await api.run(REQUEST_EXIT, { id: caseId }, w.agent)).requestExit;
    expect(first.reason).toBeNull();
    answered(await api.run(ACK_EXIT, { id: first.id }, w.operatorUserA));

    const before = await snapshot(caseId);
    expect(errorOf(await api.run(REQUEST_EXIT, { id: caseId }, w.agent))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await api.run(REQUEST_EXIT, { id: caseId, reason: '   ' }, w.agent))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(errorOf(await api.run(REQUEST_EXIT, { id: caseId, reason: '가'.repeat(501) }, w.agent))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('with a reason it is sent and stored; the agent reads the reason, the lot’s staff never do', async () => {
    const { w, caseId } = await verifiedCase();
    const first = answered(await api.run(REQUEST_EXIT, { id: caseId }, w.agent)).requestExit;
    answered(await api.run(ACK_EXIT, { id: first.id }, w.operatorUserA));

    const again = answered(await api.run(REQUEST_EXIT, { id: caseId, reason: ' 차단기가 다시 내려옴 ' }, w.agent)).requestExit;
    expect(again).toMatchObject({ status: 'REQUESTED', reason: '차단기가 다시 내려옴' });
    const [stored] = await handle.db.select({ reason: exitRequests.reason }).from(exitRequests).where(eq(exitRequests.id, again.id));
    expect(stored?.reason).toBe('차단기가 다시 내려옴');

    const agentView = answered(await api.run(EXIT_REASONS, { id: caseId }, w.agent)).case!;
    expect(agentView.exitRequests.map((r) => r.reason)).toEqual([null, '차단기가 다시 내려옴']);
    const queue = answered(await api.run(QUEUE, {}, w.operatorUserA)).exitRequestQueue;
    expect(queue.find((r) => r.id === again.id)).toEqual({ id: again.id, reason: null });
    expect(JSON.stringify(queue)).not.toContain('차단기가 다시 내려옴');
  });

  it('while one waits, another is still a CONFLICT, reason or not, and writes nothing', async () => {
    const { w, caseId } = await verifiedCase();
    answered(await api.run(REQUEST_EXIT, { id: caseId }, w.agent));
    const before = await snapshot(caseId);
    expect(errorOf(await api.run(REQUEST_EXIT, { id: caseId }, w.agent)).code).toBe('CONFLICT');
    expect(errorOf(await api.run(REQUEST_EXIT, { id: caseId, reason: '한 번 더' }, w.agent)).code).toBe('CONFLICT');
    expect(await snapshot(caseId)).toEqual(before);
  });
});

describe('caseActivity: what the waiting page polls', () => {
  it('moves when the lot acknowledges (a step that leaves the case’s version alone) and carries the server’s clock', async () => {
    const { w, caseId } = await verifiedCase();
    const exit = answered(await api.run(REQUEST_EXIT, { id: caseId }, w.agent)).requestExit;
    const waiting = answered(await api.run(ACTIVITY, { id: caseId }, w.agent)).caseActivity!;
    expect(waiting.caseId).toBe(caseId);
    expect(Math.abs(Date.parse(waiting.serverTime) - Date.now())).toBeLessThan(5_000);
    const again = answered(await api.run(ACTIVITY, { id: caseId }, w.agent)).caseActivity!;
    expect(again.changedAt).toBe(waiting.changedAt);
    // The page compares it with the case it shows, as strings: they must be written alike.
    const shown = answered(await api.run(UPDATED_AT, { id: caseId }, w.agent)).case!;
    expect(shown.updatedAt).toBe(waiting.changedAt);

    const [{ version } = { version: 0 }] = await handle.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
    answered(await api.run(ACK_EXIT, { id: exit.id }, w.operatorUserA));
    const handled = answered(await api.run(ACTIVITY, { id: caseId }, w.agent)).caseActivity!;
    expect(handled.changedAt).not.toBe(waiting.changedAt);
    const [after] = await handle.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
    expect(after?.version).toBe(version);
  });

  it('is null for a case that is not there', async () => {
    const { w } = await verifiedCase();
    expect(answered(await api.run(ACTIVITY, { id: '00000000-0000-4000-8000-000000000000' }, w.agent)).caseActivity).toBeNull();
  });
});

describe('a rejected registration', () => {
  async function acknowledgedRegistration() {
    const made = await verifiedCase();
    const request = answered(await api.run(REQUEST_REGISTRATION, { id: made.caseId }, made.w.agent)).requestRegistration;
    answered(await api.run(ACK_REGISTRATION, { id: request.id }, made.w.operatorUserA));
    return { ...made, registrationId: request.id };
  }

  it('queues the domain’s text with the case code, no operator wording; the case goes back to the agent with the reason', async () => {
    const { w, caseId, code, registrationId } = await acknowledgedRegistration();
    answered(await api.run(REJECT, { id: registrationId, reason: '차량번호가 주차장 시스템과 다름' }, w.operatorUserA));

    const texts = await handle.db
      .select({ body: smsMessages.body, customerId: smsMessages.customerId })
      .from(smsMessages)
      .where(eq(smsMessages.caseId, caseId));
    expect(texts).toEqual([
      {
        body: `[카카오 T 주차] 요청하신 정기권 차량 등록을 주차장에서 확인하지 못했습니다. 상담사가 확인 후 다시 안내드리겠습니다. (상담번호 ${code})`,
        customerId: w.customer.id,
      },
    ]);
    expect(texts[0]?.body).toBe(registrationRejectedSms({ caseCode: code }));
    expect(texts[0]?.body).not.toContain('차량번호가 주차장 시스템과 다름');

    const agentView = answered(await api.run(REGISTRATIONS, { id: caseId }, w.agent)).case!;
    expect(agentView).toEqual({
      status: 'OPEN',
      registrationRequests: [{ status: 'REJECTED', rejectReason: '차량번호가 주차장 시스템과 다름' }],
    });
  });

  it('keeps the case waiting on the lot while an exit still waits', async () => {
    const { w, caseId, registrationId } = await acknowledgedRegistration();
    answered(await api.run(REQUEST_EXIT, { id: caseId }, w.agent));
    answered(await api.run(REJECT, { id: registrationId, reason: '확인 불가' }, w.operatorUserA));
    const [row] = await handle.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
    expect(row?.status).toBe('WAITING_ON_OPERATOR');
  });

  it('a refused rejection (not yet acknowledged, or by another operator) queues nothing', async () => {
    const { w, caseId } = await verifiedCase();
    const request = answered(await api.run(REQUEST_REGISTRATION, { id: caseId }, w.agent)).requestRegistration;
    const before = await snapshot(caseId);
    expect(errorOf(await api.run(REJECT, { id: request.id, reason: '확인 불가' }, w.operatorUserA)).code).toBe('CONFLICT');
    answered(await api.run(ACK_REGISTRATION, { id: request.id }, w.operatorUserA));
    const acknowledged = await snapshot(caseId);
    expect(errorOf(await api.run(REJECT, { id: request.id, reason: '확인 불가' }, w.operatorUserB)).code).toBe('NOT_FOUND');
    expect(await snapshot(caseId)).toEqual(acknowledged);
    expect(acknowledged.texts).toEqual(before.texts);
    expect(acknowledged.texts).toEqual([]);
  });

  it('the text is written in the rejecting transaction: when its last write (the audit) fails, neither the rejection nor the text stays', async () => {
    const { w, caseId, registrationId } = await acknowledgedRegistration();
    const before = await snapshot(caseId);
    // A trigger that refuses this one request's audit entry, the rejection's last statement.
    const fn = `fail_audit_${registrationId.replace(/-/g, '')}`;
    await handle.db.execute(
      sql.raw(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.subject_id = '${registrationId}' AND NEW.action = 'REJECT_REGISTRATION' THEN RAISE EXCEPTION 'audit refused for the test'; END IF;
        RETURN NEW; END $$`),
    );
    await handle.db.execute(sql.raw(`CREATE TRIGGER ${fn} BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION ${fn}()`));
    try {
      const result = await api.run(REJECT, { id: registrationId, reason: '확인 불가' }, w.operatorUserA);
      expect(result.errors).toBeDefined();
    } finally {
      await handle.db.execute(sql.raw(`DROP TRIGGER ${fn} ON audit_log`));
      await handle.db.execute(sql.raw(`DROP FUNCTION ${fn}()`));
    }
    expect(await snapshot(caseId)).toEqual(before);
    expect(before.texts).toEqual([]);
    expect(before.registrations).toEqual([{ status: 'ACKNOWLEDGED' }]);
  });
});
