import { kstDateOf } from '../../lib/domain/kst-month';
import { quoteConsumerAgencyRefund } from '../../lib/domain/refund';
import { OUTCOME, SCRIPT_STEP, won } from './case-texts';
import type { CaseRun, FlowResult } from './case-run';

const DAY_MS = 86_400_000;

/** A refund claim that gets a refund: proposed by the agent, decided (or not yet) by the manager. */
export function playRefund(run: CaseRun, verifiedAt: Date, agentStep: Date | null): FlowResult {
  const { spec, state } = run;
  const { people, random } = state;
  const agent = people.agentId;
  const unfinished: FlowResult = { verifiedAt, resolvedAt: null, outcome: null, waitingOnOperator: false };
  const agency = spec.refundBasis === 'CONSUMER_AGENCY';

  const explainedAt = run.later(agentStep, 2, 4);
  if (!explainedAt) return unfinished;
  run.log(
    explainedAt,
    agent,
    'POLICY_EXPLAINED',
    SCRIPT_STEP.compensation,
    agency
      ? '환불정책 안내 — 소보원 인입 건으로 이용일수 금액 차감 후 환불 안내 (당사 환불정책과 다름)'
      : '재발방지 후속조치 약속 및 당사 환불정책 안내 — 고객 지속 불만으로 환불 검토',
  );
  const proposedAt = run.later(explainedAt, 3, 10);
  if (!proposedAt) return unfinished;

  const { amountPaid: paid, availableDays } = spec.pass;
  // Days used: from the pass's first day through the day of the incident, both counted.
  const usedDays = Math.round((Date.parse(kstDateOf(spec.incidentAt)) - Date.parse(spec.pass.startsOn)) / DAY_MS) + 1;
  const quote = quoteConsumerAgencyRefund(paid, availableDays, usedDays);
  // The company's own policy is not in the guide: the agent proposes the unused days, in 1,000원.
  const amount = agency ? quote.refund : Math.floor(quote.refund / 1_000) * 1_000;
  const decidedAt = spec.stall === 'MANAGER' ? null : run.later(proposedAt, 6 * 60, 26 * 60);
  state.records.refunds.push({
    id: random.uuid(),
    caseId: spec.id,
    passId: spec.pass.id,
    basis: spec.refundBasis ?? 'COMPANY_POLICY',
    paid,
    availableDays,
    usedDays: agency ? usedDays : null,
    amount,
    status: decidedAt ? 'APPROVED' : 'PROPOSED',
    proposedById: agent,
    proposedAt,
    decidedById: decidedAt ? people.managerId : null,
    decidedAt,
    decisionReason: decidedAt ? '소보원 인입 건 — 소비자보호법 환불규정(사용분 공제) 적용' : null,
  });
  run.log(
    proposedAt,
    agent,
    'REFUND_PROPOSED',
    SCRIPT_STEP.compensation,
    agency
      ? `소보원 기준 환불: 결제 ${won(paid)}원 − 이용 ${usedDays}/${availableDays}일분 ${won(quote.usedAmount)}원 = ${won(amount)}원`
      : `당사 환불정책 기준 잔여 ${availableDays - usedDays}일분 ${won(amount)}원 환불 제안 — 관리자 승인 대기`,
  );
  if (!decidedAt) return unfinished;

  run.log(decidedAt, people.managerId, 'REFUND_APPROVED', null, `환불 ${won(amount)}원 승인`);
  spec.pass.status = 'REFUNDED';
  const resolvedAt = run.later(decidedAt, 10, 60);
  if (!resolvedAt) return unfinished;
  return { verifiedAt, resolvedAt, outcome: OUTCOME.agencyRefund(usedDays, amount), waitingOnOperator: false };
}
