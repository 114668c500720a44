import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { passes, type UserRow } from '@/db/schema';
import { openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationApi } from '../fixtures/integration';
import { makeRequestsAtTwoLots, requestsOnPass, tracesOf, type LotRequests, type TwoLots } from '../fixtures/requests-at-two-lots';
import { snapshotRequests, type RequestWatch } from '../fixtures/request-snapshot';
import type { GraphQLResult } from '../fixtures/test-api';
import { graphql } from '../generated';
import type { RequestStatus } from '../generated/graphql';

// Issue 5, acceptance 1: who may read the operator's queues and who may act on a request.
// Every cell runs on a fresh world with open requests at operator A's lot (the lot's
// operator) and at operator B's lot (the other operator's), so no answer is vacuously empty.

const { handle, api } = await useIntegrationApi();

const VIEWERS = ['anonymous', 'agent', 'operator of the lot', 'operator of another operator', 'manager'] as const;
type Viewer = (typeof VIEWERS)[number];

function viewerOf(world: TwoLots, who: Viewer): UserRow | null {
  switch (who) {
    case 'anonymous':
      return null;
    case 'agent':
      return world.w.agent;
    case 'manager':
      return world.w.manager;
    case 'operator of the lot':
      return world.w.operatorUserA;
    case 'operator of another operator':
      return world.w.operatorUserB;
  }
}

const watchOf = (world: TwoLots): RequestWatch => ({
  exitIds: [world.a.exitId, world.b.exitId],
  registrationIds: [world.a.registrationId, world.b.registrationId],
  caseIds: [world.a.caseId, world.b.caseId],
  passIds: [world.a.passId, world.b.passId],
});

async function ok(result: Promise<GraphQLResult>): Promise<Record<string, unknown>> {
  const settled = await result;
  if (settled.errors) throw new Error(JSON.stringify(settled.errors));
  return settled.data ?? {};
}

const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

// ---------------------------------------------------------------------------------------
// Reads: the two queues

const EXIT_QUEUE = graphql(`
  query OperatorAuthExitQueue($status: RequestStatus) {
    exitRequestQueue(status: $status) {
      id
      plate
      status
      customer {
        name
        phoneMasked
      }
      lot {
        id
        name
      }
      case {
        id
        code
        customer {
          name
          phoneMasked
        }
        pass {
          id
          plate
        }
      }
    }
  }
`);

const REGISTRATION_QUEUE = graphql(`
  query OperatorAuthRegistrationQueue($status: RequestStatus) {
    registrationQueue(status: $status) {
      id
      plate
      status
      customer {
        name
        phoneMasked
      }
      pass {
        id
        plate
        customer {
          name
        }
      }
      lot {
        id
        name
      }
      case {
        id
        code
        customer {
          name
          phoneMasked
        }
      }
    }
  }
`);

/** A queue read as a viewer, optionally in one state: the whole answer and its rows. */
const QUEUES = {
  exitRequestQueue: {
    read: async (viewer: UserRow | null, status?: RequestStatus) => {
      const result = await api.run(EXIT_QUEUE, { status }, viewer);
      return { result, rows: result.data?.exitRequestQueue ?? [] };
    },
    idOf: (side: LotRequests) => side.exitId,
  },
  registrationQueue: {
    read: async (viewer: UserRow | null, status?: RequestStatus) => {
      const result = await api.run(REGISTRATION_QUEUE, { status }, viewer);
      return { result, rows: result.data?.registrationQueue ?? [] };
    },
    idOf: (side: LotRequests) => side.registrationId,
  },
} as const;
type QueueName = keyof typeof QUEUES;

type QueueRow = Awaited<ReturnType<(typeof QUEUES)[QueueName]['read']>>['rows'][number];

type ReadExpectation = 'UNAUTHENTICATED' | 'sees every lot' | 'sees its own lot, masked' | 'sees nothing of the lot';

const READ_EXPECTED: Record<Viewer, ReadExpectation> = {
  anonymous: 'UNAUTHENTICATED',
  agent: 'sees every lot',
  manager: 'sees every lot',
  'operator of the lot': 'sees its own lot, masked',
  'operator of another operator': 'sees nothing of the lot',
};

const READ_CELLS = (Object.keys(QUEUES) as QueueName[]).flatMap((field) => VIEWERS.map((who) => [field, who, READ_EXPECTED[who]] as const));

describe('reading the queues: field × viewer', () => {
  it.each(READ_CELLS)('Query.%s as %s: %s', async (field, who, expected) => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    const queue = QUEUES[field];
    const { result, rows } = await queue.read(viewerOf(world, who));
    const text = JSON.stringify(result);

    if (expected === 'UNAUTHENTICATED') {
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
      for (const trace of [...tracesOf(world.a), ...tracesOf(world.b)]) expect(text).not.toContain(trace);
      return;
    }

    expect(result.errors).toBeUndefined();
    const listed: readonly QueueRow[] = rows;
    const rowOf = (side: LotRequests) => listed.find((row) => row.id === queue.idOf(side));

    if (expected === 'sees every lot') {
      // Desk staff read queues (policy row LOT_SIDE) unmasked, across operators.
      expect(rowOf(world.a)).toMatchObject({ plate: world.a.plate, customer: { name: '김민수' }, case: { id: world.a.caseId } });
      expect(rowOf(world.b)).toMatchObject({ plate: world.b.plate, customer: { name: '박지영' }, case: { id: world.b.caseId } });
    } else if (expected === 'sees its own lot, masked') {
      expect(rowOf(world.a)).toMatchObject({
        plate: world.a.plate,
        customer: { name: '김*수', phoneMasked: world.a.phoneMasked },
        case: { id: world.a.caseId, code: world.a.caseCode, customer: { name: '김*수' } },
      });
      for (const trace of tracesOf(world.b)) expect(text).not.toContain(trace);
    } else {
      // Its own lot's request is there, so the empty answer about lot A is not an accident.
      expect(rowOf(world.b)).toMatchObject({ plate: world.b.plate, customer: { name: '박*영' } });
      for (const trace of tracesOf(world.a)) expect(text).not.toContain(trace);
    }
  });

  const STATUSES = ['REQUESTED', 'ACKNOWLEDGED', 'CONFIRMED', 'REJECTED'] as const;
  const STATUS_CELLS = (Object.keys(QUEUES) as QueueName[]).flatMap((field) => STATUSES.map((status) => [field, status] as const));

  it.each(STATUS_CELLS)('Query.%s(status: %s): the other operator sees none of the lot’s requests in any state', async (field, status) => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    const { w, a } = world;
    // Lot A's requests in every state a queue can show: `a` stays REQUESTED, and three more
    // cases whose registration is acknowledged, confirmed (exit acknowledged too) or rejected.
    const more = (incidentAt: string) => requestsOnPass(api, w.agent, w.pass, w.customer, '김*수', incidentAt);
    const acknowledged = await more('2026-04-11T08:00:00+09:00');
    const confirmed = await more('2026-04-12T08:00:00+09:00');
    const rejected = await more('2026-04-13T08:00:00+09:00');
    const lotOperator = w.operatorUserA;
    await ok(api.run('mutation ($id: ID!) { acknowledgeExit(id: $id) { id } }', { id: confirmed.exitId }, lotOperator));
    for (const side of [acknowledged, confirmed, rejected]) {
      await ok(api.run('mutation ($id: ID!) { acknowledgeRegistration(id: $id) { id } }', { id: side.registrationId }, lotOperator));
    }
    await ok(api.run('mutation ($id: ID!) { confirmRegistration(id: $id) { id } }', { id: confirmed.registrationId }, lotOperator));
    await ok(
      api.run(
        'mutation ($id: ID!) { rejectRegistration(id: $id, reason: "차량번호 불일치") { id } }',
        { id: rejected.registrationId },
        lotOperator,
      ),
    );
    // Which of lot A's requests is in this state (an exit is never CONFIRMED or REJECTED).
    const inState: Record<QueueName, Record<(typeof STATUSES)[number], string | null>> = {
      exitRequestQueue: { REQUESTED: a.exitId, ACKNOWLEDGED: confirmed.exitId, CONFIRMED: null, REJECTED: null },
      registrationQueue: {
        REQUESTED: a.registrationId,
        ACKNOWLEDGED: acknowledged.registrationId,
        CONFIRMED: confirmed.registrationId,
        REJECTED: rejected.registrationId,
      },
    };

    const own = await QUEUES[field].read(lotOperator, status);
    expect(own.result.errors).toBeUndefined();
    const { result: other } = await QUEUES[field].read(w.operatorUserB, status);
    expect(other.errors).toBeUndefined();
    // The lot's operator does see its request in this state, so the other's answer is a real test.
    const expectedId = inState[field][status];
    if (expectedId) expect(own.rows.map((row: QueueRow) => row.id)).toContain(expectedId);
    const text = JSON.stringify(other);
    for (const trace of [a, acknowledged, confirmed, rejected].flatMap(tracesOf)) expect(text).not.toContain(trace);
  });
});

// ---------------------------------------------------------------------------------------
// Acts: the four operator mutations

type ActName = 'acknowledgeExit' | 'acknowledgeRegistration' | 'confirmRegistration' | 'rejectRegistration';

interface Act {
  document: string;
  /** The request acted on, of lot A. */
  targetOf: (side: LotRequests) => string;
  /** Puts the request in the state where the move is valid, as the lot's operator. */
  prepare: (world: TwoLots) => Promise<void>;
  /** The request's status after the lot's operator made the move. */
  after: string;
  /** Texts the move queues for the customer. */
  sms: number;
}

const acknowledgeFirst = async (world: TwoLots) => {
  await ok(
    api.run('mutation ($id: ID!) { acknowledgeRegistration(id: $id) { id } }', { id: world.a.registrationId }, world.w.operatorUserA),
  );
};

const ACTS: Record<ActName, Act> = {
  acknowledgeExit: {
    document: 'mutation ($id: ID!) { acknowledgeExit(id: $id) { id status acknowledgedAt case { id customer { name } } } }',
    targetOf: (side) => side.exitId,
    prepare: async () => {},
    after: 'ACKNOWLEDGED',
    sms: 0,
  },
  acknowledgeRegistration: {
    document: 'mutation ($id: ID!) { acknowledgeRegistration(id: $id) { id status acknowledgedAt case { id customer { name } } } }',
    targetOf: (side) => side.registrationId,
    prepare: async () => {},
    after: 'ACKNOWLEDGED',
    sms: 0,
  },
  confirmRegistration: {
    document: 'mutation ($id: ID!) { confirmRegistration(id: $id) { id status resolvedAt case { id customer { name } } } }',
    targetOf: (side) => side.registrationId,
    prepare: acknowledgeFirst,
    after: 'CONFIRMED',
    sms: 1,
  },
  rejectRegistration: {
    document:
      'mutation ($id: ID!) { rejectRegistration(id: $id, reason: "차량번호 불일치: 고객 확인 필요") { id status resolvedAt rejectReason case { id customer { name } } } }',
    targetOf: (side) => side.registrationId,
    prepare: acknowledgeFirst,
    after: 'REJECTED',
    // The customer is told the lot could not register the plate (issue 15, item 7).
    sms: 1,
  },
};

type ActExpectation = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'succeeds';

const ACT_EXPECTED: Record<Viewer, ActExpectation> = {
  anonymous: 'UNAUTHENTICATED',
  agent: 'FORBIDDEN',
  manager: 'FORBIDDEN',
  'operator of the lot': 'succeeds',
  'operator of another operator': 'NOT_FOUND',
};

const ACT_CELLS = (Object.keys(ACTS) as ActName[]).flatMap((name) => VIEWERS.map((who) => [name, who, ACT_EXPECTED[who]] as const));

describe('acting on a request: field × viewer', () => {
  it.each(ACT_CELLS)('Mutation.%s as %s: %s', async (name, who, expected) => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    const act = ACTS[name];
    await act.prepare(world);
    const id = act.targetOf(world.a);
    const before = await snapshotRequests(handle.db, world.scope, watchOf(world));
    const result = await api.run(act.document, { id }, viewerOf(world, who));
    const after = await snapshotRequests(handle.db, world.scope, watchOf(world));

    if (expected === 'succeeds') {
      expect(result.errors).toBeUndefined();
      expect(result.data?.[name]).toMatchObject({ id, status: act.after, case: { id: world.a.caseId, customer: { name: '김*수' } } });
      const table = name === 'acknowledgeExit' ? 'exitRequests' : 'registrationRequests';
      expect(after[table].find((row) => row.id === id)?.status).toBe(act.after);
      // The lot's step is on the timeline, but it does not make the agent's open page stale:
      // the case version only counts the agents' writes.
      expect(after.cases.find((c) => c.id === world.a.caseId)?.version).toBe(before.cases.find((c) => c.id === world.a.caseId)?.version);
      expect(after.counts.caseEvents).toBe(before.counts.caseEvents + 1);
      expect(after.counts.smsMessages).toBe(before.counts.smsMessages + act.sms);
      // Operator B's request and case are untouched by operator A's move.
      expect(after.cases.find((c) => c.id === world.b.caseId)).toEqual(before.cases.find((c) => c.id === world.b.caseId));
      return;
    }

    expect(codeOf(result), JSON.stringify(result)).toBe(expected);
    expect(result.data?.[name] ?? null).toBeNull();
    expect(result.data ?? null).toBeNull();
    expect(after).toEqual(before);
    for (const trace of tracesOf(world.a).filter((t) => t !== id)) expect(JSON.stringify(result)).not.toContain(trace);
  });

  it.each(Object.keys(ACTS) as ActName[])(
    'operator of another operator calling %s gets exactly the answer an unknown id gets, so existence is never revealed',
    async (name) => {
      const world = await makeRequestsAtTwoLots(api, handle.db);
      const act = ACTS[name];
      await act.prepare(world);
      const strip = (result: GraphQLResult) => ({
        data: result.data ?? null,
        errors: result.errors?.map(({ message, extensions }) => ({ message, extensions })),
      });
      const unknown = await api.run(act.document, { id: randomUUID() }, world.w.operatorUserB);
      const real = await api.run(act.document, { id: act.targetOf(world.a) }, world.w.operatorUserB);
      expect(codeOf(real)).toBe('NOT_FOUND');
      expect(strip(real)).toEqual(strip(unknown));
    },
  );

  // The four rows below are the names the brief asks for, one per mutation, spelled out.
  it('operator of another operator acknowledging an exit gets NOT_FOUND and changes nothing', async () => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    const before = await snapshotRequests(handle.db, world.scope, watchOf(world));
    const result = await api.run(ACTS.acknowledgeExit.document, { id: world.a.exitId }, world.w.operatorUserB);
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.data ?? null).toBeNull();
    expect(await snapshotRequests(handle.db, world.scope, watchOf(world))).toEqual(before);
    // The lot's operator can still make the move: the refusal left the request as it was.
    expect(await ok(api.run(ACTS.acknowledgeExit.document, { id: world.a.exitId }, world.w.operatorUserA))).toMatchObject({
      acknowledgeExit: { status: 'ACKNOWLEDGED' },
    });
  });

  it('operator of another operator confirming a registration gets NOT_FOUND, queues no text and leaves the pass unregistered', async () => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    await acknowledgeFirst(world);
    const before = await snapshotRequests(handle.db, world.scope, watchOf(world));
    const result = await api.run(ACTS.confirmRegistration.document, { id: world.a.registrationId }, world.w.operatorUserB);
    expect(codeOf(result)).toBe('NOT_FOUND');
    const after = await snapshotRequests(handle.db, world.scope, watchOf(world));
    expect(after.counts.smsMessages).toBe(before.counts.smsMessages);
    expect(after.passes).toEqual(before.passes);
    expect(after).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------
// The case behind a request

const CASE = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      id
      code
      status
      customer {
        name
        phoneMasked
      }
      pass {
        id
        plate
      }
      exitRequests {
        id
        status
      }
      registrationRequests {
        id
        plate
        status
      }
    }
  }
`;

type CaseExpectation = 'UNAUTHENTICATED' | 'sees it whole' | 'sees it, name masked' | 'gets null and nothing of it';

const CASE_EXPECTED: Record<Viewer, CaseExpectation> = {
  anonymous: 'UNAUTHENTICATED',
  agent: 'sees it whole',
  manager: 'sees it whole',
  'operator of the lot': 'sees it, name masked',
  'operator of another operator': 'gets null and nothing of it',
};

describe('the case behind a request: Query.case × viewer', () => {
  it.each(VIEWERS.map((who) => [who, CASE_EXPECTED[who]] as const))('Query.case of a request’s case as %s: %s', async (who, expected) => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    const result = await api.run(CASE, { id: world.a.caseId }, viewerOf(world, who));
    const found = result.data?.case as
      { id: string; customer: { name: string }; exitRequests: { id: string }[]; registrationRequests: { id: string }[] } | null | undefined;

    if (expected === 'UNAUTHENTICATED') {
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.data?.case ?? null).toBeNull();
    } else if (expected === 'gets null and nothing of it') {
      // Null, or a NOT_FOUND error; never FORBIDDEN, which would say the case exists.
      expect(found ?? null).toBeNull();
      expect(result.errors === undefined || codeOf(result) === 'NOT_FOUND', JSON.stringify(result.errors)).toBe(true);
      const text = JSON.stringify(result);
      for (const trace of tracesOf(world.a).filter((t) => t !== world.a.caseId)) expect(text).not.toContain(trace);
      // The only trace of the id is the variable it asked with, which the answer must not echo either.
      expect(text).not.toContain(world.a.caseId);
    } else {
      expect(result.errors).toBeUndefined();
      expect(found).toMatchObject({
        id: world.a.caseId,
        customer: { name: expected === 'sees it whole' ? '김민수' : '김*수', phoneMasked: world.a.phoneMasked },
        exitRequests: [{ id: world.a.exitId }],
        registrationRequests: [{ id: world.a.registrationId }],
      });
    }
  });
});

// ---------------------------------------------------------------------------------------
// Masking of the customer's name on the way to the lot

const NAME_PATHS = [
  [
    'ExitRequest.case.customer.name',
    '{ exitRequestQueue { id case { customer { name } } } }',
    'exitRequestQueue',
    (r: NameRow) => r.case?.customer.name,
  ],
  ['ExitRequest.customer.name', '{ exitRequestQueue { id customer { name } } }', 'exitRequestQueue', (r: NameRow) => r.customer?.name],
  [
    'RegistrationRequest.case.customer.name',
    '{ registrationQueue { id case { customer { name } } } }',
    'registrationQueue',
    (r: NameRow) => r.case?.customer.name,
  ],
  [
    'RegistrationRequest.customer.name',
    '{ registrationQueue { id customer { name } } }',
    'registrationQueue',
    (r: NameRow) => r.customer?.name,
  ],
  [
    'RegistrationRequest.pass.customer.name',
    '{ registrationQueue { id pass { customer { name } } } }',
    'registrationQueue',
    (r: NameRow) => r.pass?.customer.name,
  ],
] as const;

interface NameRow {
  id: string;
  case?: { customer: { name: string } };
  customer?: { name: string };
  pass?: { customer: { name: string } };
}

describe('the customer’s name reaches the lot masked', () => {
  it.each(NAME_PATHS)('%s reaches the lot’s operator as 김*수 and the agent as 김민수', async (_path, document, field, nameOf) => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    const idOf = field === 'exitRequestQueue' ? world.a.exitId : world.a.registrationId;
    const asOperator = (await ok(api.run(document, {}, world.w.operatorUserA)))[field] as NameRow[];
    const asAgent = (await ok(api.run(document, {}, world.w.agent)))[field] as NameRow[];
    expect(nameOf(asOperator.find((r) => r.id === idOf)!)).toBe('김*수');
    expect(nameOf(asAgent.find((r) => r.id === idOf)!)).toBe('김민수');
  });
});

// ---------------------------------------------------------------------------------------
// Links out of a visible case

describe('links out of the lot’s case stay inside the operator', () => {
  it('a case at the lot linked as a duplicate of a case at another operator’s lot does not show that case to the lot’s operator', async () => {
    const world = await makeRequestsAtTwoLots(api, handle.db);
    const { w } = world;
    // Fails today: Case.duplicateOf (graphql/resolvers/case-fields.ts) loads the original
    // through the unscoped caseById loader, so operator A reads operator B's case whole.
    // The same customer also holds a pass at operator B's lot; the agent judged a contact
    // about the lot A incident to be the same incident as an earlier case at lot B.
    const [passAtB] = await handle.db
      .insert(passes)
      .values({
        customerId: w.customer.id,
        lotId: w.lotB.id,
        plate: `${10 + Math.floor(Math.random() * 89)}다${w.last4}`,
        startsOn: '2026-04-01',
        endsOn: '2026-04-30',
        amountPaid: 90_000,
        availableDays: 30,
      })
      .returning();
    if (!passAtB) throw new Error('no pass');
    const atB = await requestsOnPass(api, w.agent, passAtB, w.customer, '김*수', '2026-04-08T07:00:00+09:00');
    const atA = await openVerifiedCase(api, w.agent, w.pass.id, '2026-04-08T07:00:00+09:00');
    await ok(
      api.run(
        'mutation ($id: ID!, $of: ID!) { linkDuplicate(caseId: $id, ofCaseId: $of) { id } }',
        { id: atA.id, of: atB.caseId },
        w.agent,
      ),
    );

    const asAgent = await ok(api.run('query ($id: ID!) { case(id: $id) { duplicateOf { id } } }', { id: atA.id }, w.agent));
    expect(asAgent.case).toEqual({ duplicateOf: { id: atB.caseId } });

    const asOperator = await api.run(
      graphql(`
        query OperatorAuthDuplicateView($id: ID!) {
          case(id: $id) {
            id
            duplicateOf {
              id
              code
              lot {
                id
                name
              }
              pass {
                id
                plate
              }
              exitRequests {
                id
              }
              registrationRequests {
                id
                plate
              }
              timeline {
                detail
              }
            }
          }
        }
      `),
      { id: atA.id },
      w.operatorUserA,
    );
    expect(asOperator.data?.case?.id).toBe(atA.id);
    const text = JSON.stringify(asOperator);
    for (const trace of [atB.caseId, atB.exitId, atB.registrationId, atB.passId, atB.plate, w.lotB.id, w.lotB.name])
      expect(text).not.toContain(trace);
  });
});
