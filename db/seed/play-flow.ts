import { ALREADY_REGISTERED, OUTCOME, SCRIPT_STEP, couponSms, onsitePaymentDetail, registrationSms, won } from './case-texts';
import { bothDone, type CaseRun, type FlowResult } from './case-run';
import { playRefund } from './play-refund';

/** The 2024-07-26 policy (the baseline migration's row): 3,000원 from the 2nd omission in a month. */
const COUPON_AMOUNT = 3_000;
const REPEAT_THRESHOLD = 2;

/** The guide's flow for a verified caller: exit, on-site payment, registration, compensation. */
export function playVerifiedFlow(run: CaseRun): FlowResult {
  const { spec, state } = run;
  const { records, random, people } = state;
  const agent = people.agentId;
  const operator = spec.lot.operatorUserId;
  const unfinished = (verifiedAt: Date | null, waitingOnOperator = false): FlowResult => ({
    verifiedAt,
    resolvedAt: null,
    outcome: null,
    waitingOnOperator,
  });

  const verifiedAt = spec.stall === 'AGENT' ? null : run.later(spec.createdAt, 1, 2);
  if (!verifiedAt) return unfinished(null);
  const passFound = `카카오 T 계정 가입자 본인 확인, ${spec.lot.row.name} 정기권 확인 (${spec.pass.plate})`;
  run.log(verifiedAt, agent, 'IDENTITY_VERIFIED', SCRIPT_STEP.basicCare, passFound);
  // Counted in the order callers are verified: an unverified or duplicate contact never counts.
  const rank = spec.kind === 'OPERATOR_OMISSION' ? (state.omissions.get(run.customerMonth) ?? 0) + 1 : 0;
  if (rank > 0) state.omissions.set(run.customerMonth, rank);

  let agentStep: Date | null = verifiedAt;
  let exitDone: Date | null = verifiedAt;
  let exitPending = false;
  if (spec.leavingNow && spec.lot.row.hasExitCallButton) {
    agentStep = exitDone = run.later(verifiedAt, 1, 2);
    const detail = '출차부 호출버튼으로 월정기권 이용 차량임을 말씀하여 출차하도록 안내';
    if (agentStep) run.log(agentStep, agent, 'EXIT_CALL_GUIDED', SCRIPT_STEP.exitCheck, detail);
  } else if (spec.leavingNow) {
    agentStep = run.later(verifiedAt, 1, 3);
    exitDone = spec.stall === 'EXIT' ? null : run.later(agentStep, 3, 9);
    if (agentStep) {
      records.exitRequests.push({
        id: random.uuid(),
        caseId: spec.id,
        lotId: spec.lot.row.id,
        status: exitDone ? 'ACKNOWLEDGED' : 'REQUESTED',
        requestedAt: agentStep,
        requestedById: agent,
        acknowledgedAt: exitDone,
        acknowledgedById: exitDone ? operator : null,
      });
      run.log(
        agentStep,
        agent,
        'EXIT_REQUESTED',
        SCRIPT_STEP.exitCheck,
        '호출버튼 없음 — 고객 대기 요청 후 현장 주차장 OB 출차요청 (약 5분 소요 안내)',
      );
      if (exitDone) run.log(exitDone, operator, 'EXIT_ACKNOWLEDGED', null, '현장 확인 후 차단기 개방 — 고객 출차부 앞으로 이동 안내');
      exitPending = exitDone === null;
    }
  }
  if (spec.onsitePayment !== null) {
    agentStep = run.later(agentStep, 2, 5);
    if (agentStep) {
      records.onsitePayments.push({
        id: random.uuid(),
        caseId: spec.id,
        amount: spec.onsitePayment,
        paidAt: new Date(spec.incidentAt.getTime() + random.int(1, 3) * 60_000),
        cancellationRequested: true,
        cancellationRequestedAt: agentStep,
        recordedById: agent,
        createdAt: agentStep,
      });
      const detail = onsitePaymentDetail(spec.onsitePayment);
      run.log(agentStep, agent, 'ONSITE_PAYMENT_RECORDED', SCRIPT_STEP.onsitePayment, detail);
    }
  }
  if (spec.refundBasis) return playRefund(run, verifiedAt, agentStep);

  const requestedAt = run.later(agentStep, 1, 3);
  if (!requestedAt) return unfinished(verifiedAt, exitPending);
  const acknowledgedAt = spec.stall === 'REGISTRATION' ? null : run.later(requestedAt, 10, 240);
  const decidedAt = spec.stall === 'CONFIRMATION' ? null : run.later(acknowledgedAt, 15, 600);
  // A misread plate was never missing: the operator turns the request down and says why.
  const rejected = spec.kind === 'EQUIPMENT_FAULT';
  records.registrationRequests.push({
    id: random.uuid(),
    caseId: spec.id,
    passId: spec.pass.id,
    lotId: spec.lot.row.id,
    plate: spec.pass.plate,
    status: decidedAt ? (rejected ? 'REJECTED' : 'CONFIRMED') : acknowledgedAt ? 'ACKNOWLEDGED' : 'REQUESTED',
    requestedAt,
    requestedById: agent,
    acknowledgedAt,
    acknowledgedById: acknowledgedAt ? operator : null,
    resolvedAt: decidedAt,
    resolvedById: decidedAt ? operator : null,
    rejectReason: decidedAt && rejected ? ALREADY_REGISTERED : null,
  });
  run.log(
    requestedAt,
    agent,
    'REGISTRATION_REQUESTED',
    SCRIPT_STEP.exitCheck,
    `운영사 측으로 정기권 정상 등록여부 확인 및 등록요청 (${spec.pass.plate})`,
  );
  if (acknowledgedAt) run.log(acknowledgedAt, operator, 'REGISTRATION_ACKNOWLEDGED', null, '등록요청 확인 — 현장 등록 여부 확인 중');
  if (decidedAt && rejected) run.log(decidedAt, operator, 'REGISTRATION_REJECTED', null, ALREADY_REGISTERED);
  if (decidedAt && !rejected) {
    run.log(decidedAt, operator, 'REGISTRATION_CONFIRMED', null, `${spec.pass.plate} 정기권 차량 등록 완료`);
    run.sendSms(decidedAt, registrationSms(spec.customer.row.name, spec.lot.row.name, spec.pass.plate));
  }
  if (!rejected) spec.pass.registered = decidedAt !== null;

  const callbackAt = run.later(bothDone(decidedAt, exitDone), 5, 90);
  if (!callbackAt) return unfinished(verifiedAt, exitPending || decidedAt === null);
  const { outcome, doneAt } = compensate(run, callbackAt, rank);
  const resolvedAt = run.later(doneAt, 1, 4);
  if (!resolvedAt) return unfinished(verifiedAt);
  const paymentNote = spec.onsitePayment !== null ? ' · 현장결제 취소 접수 완료' : '';
  return { verifiedAt, resolvedAt, outcome: outcome + paymentNote, waitingOnOperator: false };
}

/** Step ④ when the agent calls back: the policy of the VOC kind, and the coupon if it applies. */
function compensate(run: CaseRun, at: Date, rank: number): { outcome: string; doneAt: Date } {
  const { spec, state } = run;
  const agent = state.people.agentId;
  const explain = (detail: string) => run.log(at, agent, 'POLICY_EXPLAINED', SCRIPT_STEP.compensation, detail);
  if (spec.kind === 'EQUIPMENT_FAULT') {
    explain('설비이슈(LPR 오인식) — 보상 불가 및 정책 안내, 감성 케어');
    return { outcome: OUTCOME.equipment, doneAt: at };
  }
  if (spec.kind === 'REFUND_CLAIM') {
    explain('환불 불가 안내 및 당사 환불정책 안내, 재발방지 후속조치 약속');
    return { outcome: OUTCOME.refundDeclined, doneAt: at };
  }
  if (rank < REPEAT_THRESHOLD) {
    explain('1차 응대: 보상 불가 안내, 정기권 보상정책 안내 및 감성 케어');
    return { outcome: OUTCOME.firstOmission, doneAt: at };
  }
  explain(`${run.month} ${rank}회째 등록누락 — 정책 안내 및 감성 케어`);
  if (!spec.dissatisfied) return { outcome: OUTCOME.repeatContent, doneAt: at };
  if (state.couponed.has(run.customerMonth)) return { outcome: OUTCOME.couponAlreadyGiven, doneAt: at };

  const issuedAt = run.later(at, 1, 2) ?? at;
  state.couponed.add(run.customerMonth);
  state.records.coupons.push({
    id: state.random.uuid(),
    customerId: spec.customer.row.id,
    caseId: spec.id,
    amount: COUPON_AMOUNT,
    month: run.month,
    slot: 1,
    issuedById: agent,
    issuedAt,
  });
  const detail = `Parking CS ${won(COUPON_AMOUNT)}원 쿠폰 발급 (${run.month} ${rank}회째 누락, 월 1회 보상)`;
  run.log(issuedAt, agent, 'COUPON_ISSUED', SCRIPT_STEP.compensation, detail);
  run.sendSms(issuedAt, couponSms(spec.customer.row.name, COUPON_AMOUNT));
  return { outcome: OUTCOME.coupon, doneAt: issuedAt };
}
