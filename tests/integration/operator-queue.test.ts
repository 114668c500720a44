import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { exitRequests, managerNotices, smsMessages } from '@/db/schema';
import { escalateOverdueRequests } from '@/lib/services/jobs/escalate-overdue';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { makeWorld, type World } from '../fixtures/world';
import { graphql } from '../generated';

const { handle, api } = await useIntegrationApi();

const EXIT = graphql(`
  mutation QueueRequestExit($id: ID!) {
    requestExit(caseId: $id) {
      id
      status
    }
  }
`);
const REGISTRATION = graphql(`
  mutation QueueRequestRegistration($id: ID!) {
    requestRegistration(caseId: $id) {
      id
      status
    }
  }
`);
const QUEUES = graphql(`
  query QueueBoth {
    exitRequestQueue {
      id
      plate
      customer {
        name
        phoneMasked
      }
    }
    registrationQueue {
      id
      plate
      status
    }
  }
`);
const ACKNOWLEDGE_EXIT = graphql(`
  mutation QueueAcknowledgeExit($id: ID!) {
    acknowledgeExit(id: $id) {
      id
    }
  }
`);
const ACKNOWLEDGE_EXIT_STATUS = graphql(`
  mutation QueueAcknowledgeExitStatus($id: ID!) {
    acknowledgeExit(id: $id) {
      status
      acknowledgedAt
    }
  }
`);
const CONFIRM_REGISTRATION = graphql(`
  mutation QueueConfirmRegistration($id: ID!) {
    confirmRegistration(id: $id) {
      id
    }
  }
`);
const CONFIRM_REGISTRATION_STATUS = graphql(`
  mutation QueueConfirmRegistrationStatus($id: ID!) {
    confirmRegistration(id: $id) {
      status
    }
  }
`);
const ACKNOWLEDGE_REGISTRATION = graphql(`
  mutation QueueAcknowledgeRegistration($id: ID!) {
    acknowledgeRegistration(id: $id) {
      id
    }
  }
`);
const REJECT_BLANK = graphql(`
  mutation QueueRejectBlank($id: ID!) {
    rejectRegistration(id: $id, reason: " ") {
      id
    }
  }
`);
const REJECT = graphql(`
  mutation QueueReject($id: ID!) {
    rejectRegistration(id: $id, reason: "차량번호 불일치: 고객 확인 필요") {
      status
      rejectReason
    }
  }
`);
const CONFIRMED = graphql(`
  query QueueConfirmedCase($id: ID!) {
    case(id: $id) {
      pass {
        registered
      }
      messages {
        body
      }
      timeline {
        type
      }
    }
  }
`);
const REJECTED = graphql(`
  query QueueRejectedCase($id: ID!) {
    case(id: $id) {
      registrationRequests {
        status
        rejectReason
      }
      timeline {
        type
        detail
      }
    }
  }
`);
const ESCALATED = graphql(`
  query QueueEscalatedCase($id: ID!) {
    case(id: $id) {
      timeline {
        type
      }
      exitRequests {
        overdue
        escalatedAt
        dueAt
        requestedAt
      }
    }
  }
`);

/** A world with one verified case at operator A's lot and both requests sent. */
async function caseWithRequests(): Promise<{ w: World; caseId: string; exitId: string; registrationId: string }> {
  const w = await makeWorld(handle.db);
  const opened = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-09T09:00:00+09:00');
  const exit = await api.run(EXIT, { id: opened.id }, w.agent);
  const registration = await api.run(REGISTRATION, { id: opened.id }, w.agent);
  return {
    w,
    caseId: opened.id,
    exitId: exit.data!.requestExit.id,
    registrationId: registration.data!.requestRegistration.id,
  };
}

describe('the operator’s queues', () => {
  it('an operator sees its own lot’s requests, masked, and another operator sees none of them', async () => {
    const { w, exitId, registrationId } = await caseWithRequests();
    const own = await api.run(QUEUES, {}, w.operatorUserA);
    const exits = own.data!.exitRequestQueue;
    const mine = exits.find((r) => r.id === exitId);
    expect(mine).toEqual({ id: exitId, plate: w.pass.plate, customer: { name: '김*수', phoneMasked: `010-****-${w.last4}` } });
    expect(own.data!.registrationQueue.map((r) => r.id)).toContain(registrationId);
    const other = await api.run(QUEUES, {}, w.operatorUserB);
    expect(JSON.stringify(other.data)).not.toContain(exitId);
    expect(JSON.stringify(other.data)).not.toContain(registrationId);
  });

  it('another operator acting on the request gets NOT_FOUND and changes nothing', async () => {
    const { w, exitId } = await caseWithRequests();
    const result = await api.run(ACKNOWLEDGE_EXIT, { id: exitId }, w.operatorUserB);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = await handle.db.select().from(exitRequests).where(eq(exitRequests.id, exitId));
    expect(row?.status).toBe('REQUESTED');
  });

  it('acknowledging an exit twice is a CONFLICT the second time', async () => {
    const { w, exitId } = await caseWithRequests();
    const first = await api.run(ACKNOWLEDGE_EXIT_STATUS, { id: exitId }, w.operatorUserA);
    expect(first.data?.acknowledgeExit).toMatchObject({ status: 'ACKNOWLEDGED' });
    const second = await api.run(ACKNOWLEDGE_EXIT_STATUS, { id: exitId }, w.operatorUserA);
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('confirming before acknowledging is a CONFLICT; 10 concurrent confirms give one CONFIRMED and one SMS', async () => {
    const { w, caseId, registrationId } = await caseWithRequests();
    const early = await api.run(CONFIRM_REGISTRATION, { id: registrationId }, w.operatorUserA);
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await api.run(ACKNOWLEDGE_REGISTRATION, { id: registrationId }, w.operatorUserA);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api.run(CONFIRM_REGISTRATION_STATUS, { id: registrationId }, w.operatorUserA)),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0]?.extensions?.code : 'CONFIRMED'));
    expect(codes.filter((c) => c === 'CONFIRMED')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'CONFIRMED').every((c) => c === 'CONFLICT')).toBe(true);
    const [sms] = await handle.db.select({ n: count() }).from(smsMessages).where(eq(smsMessages.caseId, caseId));
    expect(sms?.n).toBe(1);
    const detail = await api.run(CONFIRMED, { id: caseId }, w.agent);
    const c = detail.data!.case!;
    expect(c.pass.registered).toBe(true);
    expect(c.messages[0]?.body).toContain('정기권 차량 등록이 완료되었습니다');
    expect(c.messages[0]?.body).toContain(w.pass.plate);
    expect(c.timeline.map((e) => e.type)).toContain('REGISTRATION_CONFIRMED');
  });

  it('a rejection needs a reason and hands the case back to the agent with it', async () => {
    const { w, caseId, registrationId } = await caseWithRequests();
    await api.run(ACKNOWLEDGE_REGISTRATION, { id: registrationId }, w.operatorUserA);
    const blank = await api.run(REJECT_BLANK, { id: registrationId }, w.operatorUserA);
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0]?.message).toContain('reason');
    const rejected = await api.run(REJECT, { id: registrationId }, w.operatorUserA);
    expect(rejected.data?.rejectRegistration).toEqual({ status: 'REJECTED', rejectReason: '차량번호 불일치: 고객 확인 필요' });
    const seen = await api.run(REJECTED, { id: caseId }, w.agent);
    const c = seen.data!.case!;
    expect(c.registrationRequests[0]?.rejectReason).toBe('차량번호 불일치: 고객 확인 필요');
    expect(c.timeline.find((e) => e.type === 'REGISTRATION_REJECTED')?.detail).toContain('차량번호 불일치');
  });
});

describe('response targets and escalation', () => {
  it('an exit left unacknowledged past 5 minutes is flagged and escalated exactly once', async () => {
    const { w, caseId, exitId } = await caseWithRequests();
    const [row] = await handle.db.select().from(exitRequests).where(eq(exitRequests.id, exitId));
    const requestedAt = row!.requestedAt;
    const at = (minutes: number) => new Date(requestedAt.getTime() + minutes * 60_000);

    await escalateOverdueRequests(handle.db, at(4));
    const notices = () =>
      handle.db
        .select({ n: count() })
        .from(managerNotices)
        .where(and(eq(managerNotices.caseId, caseId)));
    expect((await notices())[0]?.n).toBe(0);

    await Promise.all([
      escalateOverdueRequests(handle.db, at(6)),
      escalateOverdueRequests(handle.db, at(6)),
      escalateOverdueRequests(handle.db, at(7)),
    ]);
    await escalateOverdueRequests(handle.db, at(60));
    expect((await notices())[0]?.n).toBe(1);
    const detail = await api.run(ESCALATED, { id: caseId }, w.agent);
    const c = detail.data!.case!;
    expect(c.timeline.filter((e) => e.type === 'REQUEST_ESCALATED')).toHaveLength(1);
    expect(c.exitRequests[0]?.escalatedAt).not.toBeNull();
    expect(new Date(c.exitRequests[0]!.dueAt).getTime() - new Date(c.exitRequests[0]!.requestedAt).getTime()).toBe(5 * 60_000);
  });
});
