import { CASE_NOTES, KIND_LABEL, OUTCOME, SCRIPT_STEP, consultationPath } from './case-texts';
import { CaseRun, type BuildState, type FlowResult } from './case-run';
import { playVerifiedFlow } from './play-flow';
import type { Random } from './prng';
import type { CaseRecords, CaseSpec, People } from './types';

/** Plays every planned case out up to `now`, in opening order, into the rows to insert. */
export function buildCaseRecords(random: Random, now: Date, people: People, specs: readonly CaseSpec[]): CaseRecords {
  const state: BuildState = {
    random,
    now,
    people,
    omissions: new Map(),
    couponed: new Set(),
    records: {
      cases: [],
      events: [],
      exitRequests: [],
      registrationRequests: [],
      onsitePayments: [],
      coupons: [],
      refunds: [],
      smsMessages: [],
    },
  };
  for (const spec of specs) buildCase(new CaseRun(state, spec));
  return state.records;
}

function buildCase(run: CaseRun): void {
  const { spec, state } = run;
  const agent = state.people.agentId;
  const opened = `${consultationPath(spec.lot.row.integration)} · ${KIND_LABEL[spec.kind]}`;
  run.log(spec.createdAt, agent, 'CASE_OPENED', SCRIPT_STEP.basicCare, opened);
  const flow = spec.duplicateOf ? playDuplicate(run, spec.duplicateOf) : spec.verifiable ? playVerifiedFlow(run) : playUnverified(run);
  if (flow.resolvedAt) run.log(flow.resolvedAt, agent, 'CASE_RESOLVED', null, flow.outcome ?? '');

  // Stable sort: steps logged at the same minute keep the order they happened in.
  const events = [...run.events].sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());
  const note = spec.duplicateOf ? '같은 건으로 다시 문의함' : state.random.pick(CASE_NOTES[spec.kind]);
  state.records.events.push(...events);
  state.records.cases.push({
    id: spec.id,
    code: spec.code ?? '',
    customerId: spec.customer.row.id,
    passId: spec.pass.id,
    lotId: spec.lot.row.id,
    agentId: agent,
    kind: spec.kind,
    status: flow.resolvedAt ? 'RESOLVED' : flow.waitingOnOperator ? 'WAITING_ON_OPERATOR' : 'OPEN',
    incidentAt: spec.incidentAt,
    incidentMonth: run.month,
    identityVerified: flow.verifiedAt !== null,
    identityVerifiedAt: flow.verifiedAt,
    duplicateOfId: spec.duplicateOf?.id ?? null,
    note: spec.onsitePayment !== null ? `${note} (현장결제 발생)` : note,
    outcome: flow.outcome,
    // Every step the agent or operator took wrote the case once.
    version: events.length,
    createdAt: spec.createdAt,
    updatedAt: events.at(-1)?.at ?? spec.createdAt,
    resolvedAt: flow.resolvedAt,
  });
}

/** A second contact about an incident already logged: linked, told the progress, closed. */
function playDuplicate(run: CaseRun, original: CaseSpec): FlowResult {
  const agent = run.state.people.agentId;
  const verifiedAt = run.later(run.spec.createdAt, 1, 2);
  if (verifiedAt) run.log(verifiedAt, agent, 'IDENTITY_VERIFIED', SCRIPT_STEP.basicCare, '카카오 T 계정 가입자 본인 확인');
  const linkedAt = run.later(verifiedAt, 1, 3);
  if (linkedAt) {
    run.log(linkedAt, agent, 'DUPLICATE_LINKED', null, `동일 사안 재문의 — 기존 상담 ${original.code ?? ''} 건에 연결`);
  }
  const resolvedAt = run.later(linkedAt, 1, 4);
  const outcome = resolvedAt ? OUTCOME.duplicate(original.code ?? '') : null;
  return { verifiedAt, resolvedAt, outcome, waitingOnOperator: false };
}

/** The caller is not the account holder: nothing may be done, the case is closed. */
function playUnverified(run: CaseRun): FlowResult {
  const checkedAt = run.spec.stall === 'AGENT' ? null : run.later(run.spec.createdAt, 2, 4);
  if (checkedAt) {
    const detail = '문의자가 계정 가입자 본인이 아님 — 가입자 본인 문의 요청 안내';
    run.log(checkedAt, run.state.people.agentId, 'IDENTITY_NOT_VERIFIED', SCRIPT_STEP.basicCare, detail);
  }
  const resolvedAt = run.later(checkedAt, 1, 2);
  return { verifiedAt: null, resolvedAt, outcome: resolvedAt ? OUTCOME.unverified : null, waitingOnOperator: false };
}
