import pg from 'pg';
import { ALREADY_REGISTERED, KIND_LABEL, SCRIPT_STEP } from '../../db/seed/case-texts';
import type { CaseEventType } from '../../lib/domain/case-events';

/** One kind of timeline row: when it happened for a plan row (null: not), who did it, what was said. */
interface TimelineStep {
  type: CaseEventType;
  at: string;
  actor: string;
  scriptStep: string | null;
  detail: string;
}

// The plan's precomputed ids: an md5 per timeline row would be most of the cost.
const AGENT = 'agent_id';
const STAFF = 'staff_id';
const MANAGER = 'manager_id';
const text = (value: string) => pg.escapeLiteral(value);
const kindLabel = `CASE kind WHEN 'OPERATOR_OMISSION' THEN ${text(KIND_LABEL.OPERATOR_OMISSION)}
  WHEN 'EQUIPMENT_FAULT' THEN ${text(KIND_LABEL.EQUIPMENT_FAULT)} ELSE ${text(KIND_LABEL.REFUND_CLAIM)} END`;

/** The steps of a case as the services log them, in the order of a case's flow (SQL over a `plan` row). */
export const TIMELINE: readonly TimelineStep[] = [
  { type: 'CASE_OPENED', at: 'created_at', actor: AGENT, scriptStep: SCRIPT_STEP.basicCare, detail: `'정기권 미적용 · ' || ${kindLabel}` },
  {
    type: 'IDENTITY_VERIFIED',
    at: 'verified_at',
    actor: AGENT,
    scriptStep: SCRIPT_STEP.basicCare,
    detail: text('카카오 T 계정 가입자 본인 확인'),
  },
  {
    type: 'IDENTITY_NOT_VERIFIED',
    at: 'checked_at',
    actor: AGENT,
    scriptStep: SCRIPT_STEP.basicCare,
    detail: text('문의자가 계정 가입자 본인이 아님 — 가입자 본인 문의 요청 안내'),
  },
  { type: 'DUPLICATE_LINKED', at: 'linked_at', actor: AGENT, scriptStep: null, detail: text('동일 사안 재문의 — 기존 상담 건에 연결') },
  {
    type: 'EXIT_REQUESTED',
    at: 'exit_req_at',
    actor: AGENT,
    scriptStep: SCRIPT_STEP.exitCheck,
    detail: text('호출버튼 없음 — 현장 주차장 OB 출차요청'),
  },
  { type: 'EXIT_ACKNOWLEDGED', at: 'exit_ack_at', actor: STAFF, scriptStep: null, detail: text('현장 확인 후 차단기 개방') },
  {
    type: 'REGISTRATION_REQUESTED',
    at: 'reg_req_at',
    actor: AGENT,
    scriptStep: SCRIPT_STEP.exitCheck,
    detail: `'운영사 측으로 정기권 정상 등록여부 확인 및 등록요청 (' || pg_temp.plate(c) || ')'`,
  },
  {
    type: 'REGISTRATION_ACKNOWLEDGED',
    at: 'reg_ack_at',
    actor: STAFF,
    scriptStep: null,
    detail: text('등록요청 확인 — 현장 등록 여부 확인 중'),
  },
  {
    type: 'REGISTRATION_CONFIRMED',
    at: 'CASE WHEN NOT reg_rejected THEN reg_done_at END',
    actor: STAFF,
    scriptStep: null,
    detail: `pg_temp.plate(c) || ' 정기권 차량 등록 완료'`,
  },
  {
    type: 'REGISTRATION_REJECTED',
    at: 'CASE WHEN reg_rejected THEN reg_done_at END',
    actor: STAFF,
    scriptStep: null,
    detail: text(ALREADY_REGISTERED),
  },
  {
    type: 'POLICY_EXPLAINED',
    at: 'explained_at',
    actor: AGENT,
    scriptStep: SCRIPT_STEP.compensation,
    detail: text('정책 안내 및 감성 케어'),
  },
  {
    type: 'COUPON_ISSUED',
    at: 'coupon_at',
    actor: AGENT,
    scriptStep: SCRIPT_STEP.compensation,
    detail: `'Parking CS 3,000원 쿠폰 발급 (' || incident_month || ' ' || omission_rank || '회째 누락, 월 1회 보상)'`,
  },
  {
    type: 'REFUND_PROPOSED',
    at: 'proposed_at',
    actor: AGENT,
    scriptStep: SCRIPT_STEP.compensation,
    detail: text('환불 제안 — 관리자 승인 대기'),
  },
  {
    type: 'REFUND_APPROVED',
    at: 'CASE WHEN refund_approved THEN decided_at END',
    actor: MANAGER,
    scriptStep: null,
    detail: text('환불 승인'),
  },
  {
    type: 'REFUND_REJECTED',
    at: 'CASE WHEN NOT refund_approved THEN decided_at END',
    actor: MANAGER,
    scriptStep: null,
    detail: text('환불 반려 — 당사 환불정책 안내'),
  },
  { type: 'CASE_RESOLVED', at: 'resolved_at', actor: AGENT, scriptStep: null, detail: text('상담 종결') },
];

/** How many timeline rows a plan row gets: the case's version (every step wrote the case once). */
export const TIMELINE_COUNT = TIMELINE.map((step) => `(${step.at} IS NOT NULL)::int`).join(' + ');
/** When the case was last written: its latest step. */
export const TIMELINE_LAST = `greatest(${TIMELINE.map((step) => step.at).join(', ')})`;

/**
 * The case_events rows of every planned case: one SELECT per kind of step, each reading only
 * the plan rows that had it (a LATERAL VALUES of all steps would build every row first).
 */
export function timelineStep(client: pg.Client) {
  const selects = TIMELINE.map(
    (
      step,
    ) => `SELECT case_id, ${step.at}, ${step.actor}, '${step.type}', ${step.scriptStep ? text(step.scriptStep) : 'NULL'}, ${step.detail}
      FROM plan WHERE (${step.at}) IS NOT NULL`,
  );
  return {
    case_events: () =>
      client.query(`INSERT INTO case_events (case_id, at, actor_id, type, script_step, detail)\n${selects.join('\nUNION ALL\n')}`),
  };
}
