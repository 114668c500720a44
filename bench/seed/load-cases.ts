import pg from 'pg';
import { CASE_NOTES, OUTCOME } from '../../db/seed/case-texts';
import { STREAM, textArray } from './sql-functions';
import { TIMELINE_COUNT, TIMELINE_LAST } from './timeline';

const text = (value: string) => pg.escapeLiteral(value);
const note = (kind: keyof typeof CASE_NOTES) =>
  `(${textArray(CASE_NOTES[kind])})[1 + pg_temp.pick(${STREAM.note}, i, ${CASE_NOTES[kind].length})]`;

// What the agent wrote as the case's outcome, by how its flow went.
const OUTCOME_SQL = `CASE WHEN resolved_at IS NULL THEN NULL
  WHEN is_dup THEN ${text('동일 사안 재문의 — 기존 상담 건 진행 상황 안내 후 종결')}
  WHEN verified_at IS NULL THEN ${text(OUTCOME.unverified)}
  WHEN coupon_at IS NOT NULL THEN ${text(OUTCOME.coupon)}
  WHEN kind = 'OPERATOR_OMISSION' AND omission_rank >= 2 THEN ${text(OUTCOME.repeatContent)}
  WHEN kind = 'OPERATOR_OMISSION' THEN ${text(OUTCOME.firstOmission)}
  WHEN kind = 'EQUIPMENT_FAULT' THEN ${text(OUTCOME.equipment)}
  WHEN refund_flow AND refund_approved THEN ${text('환불 승인 — 정기권 해지 안내')}
  ELSE ${text(OUTCOME.refundDeclined)} END`;

/** The cases themselves and the rows that hang off them, each one INSERT … SELECT over the plan. */
export function caseSteps(client: pg.Client) {
  return {
    // Codes as open-case.ts makes them: the KST date opened and the sequence, in opening order.
    cases: () =>
      client.query(`
        INSERT INTO cases (id, code, customer_id, pass_id, lot_id, agent_id, kind, status, incident_at, incident_month,
          identity_verified, identity_verified_at, duplicate_of_id, note, outcome, version, last_actor_id, created_at, updated_at, resolved_at)
        SELECT case_id, 'VOC-' || to_char(created_at AT TIME ZONE 'Asia/Seoul', 'YYMMDD') || '-' || lpad(seq::text, greatest(6, length(seq::text)), '0'),
          pg_temp.uid('customer', c), pg_temp.uid('pass', c), pg_temp.uid('lot', lot), agent_id, kind::voc_kind,
          CASE WHEN resolved_at IS NOT NULL THEN 'RESOLVED'
            WHEN (exit_req_at IS NOT NULL AND exit_ack_at IS NULL) OR (reg_req_at IS NOT NULL AND reg_done_at IS NULL) THEN 'WAITING_ON_OPERATOR'
            ELSE 'OPEN' END::case_status,
          incident_at, incident_month, verified_at IS NOT NULL, verified_at, pg_temp.uid('case', duplicate_of),
          CASE WHEN is_dup THEN ${text('같은 건으로 다시 문의함')} WHEN kind = 'OPERATOR_OMISSION' THEN ${note('OPERATOR_OMISSION')}
            WHEN kind = 'EQUIPMENT_FAULT' THEN ${note('EQUIPMENT_FAULT')} ELSE ${note('REFUND_CLAIM')} END,
          ${OUTCOME_SQL},
          ${TIMELINE_COUNT}, agent_id, created_at, ${TIMELINE_LAST}, resolved_at
        FROM plan ORDER BY seq`),
    exit_requests: () =>
      client.query(`
        INSERT INTO exit_requests (id, case_id, lot_id, status, requested_at, requested_by_id, acknowledged_at, acknowledged_by_id)
        SELECT pg_temp.uid('exit', i), case_id, pg_temp.uid('lot', lot),
          CASE WHEN exit_ack_at IS NULL THEN 'REQUESTED' ELSE 'ACKNOWLEDGED' END::request_status,
          exit_req_at, agent_id, exit_ack_at, CASE WHEN exit_ack_at IS NOT NULL THEN staff_id END
        FROM plan WHERE exit_req_at IS NOT NULL`),
    registration_requests: () =>
      client.query(`
        INSERT INTO registration_requests (id, case_id, pass_id, lot_id, plate, status, requested_at, requested_by_id,
          acknowledged_at, acknowledged_by_id, resolved_at, resolved_by_id, reject_reason)
        SELECT pg_temp.uid('registration', i), case_id, pg_temp.uid('pass', c), pg_temp.uid('lot', lot), pg_temp.plate(c),
          CASE WHEN reg_done_at IS NOT NULL AND reg_rejected THEN 'REJECTED' WHEN reg_done_at IS NOT NULL THEN 'CONFIRMED'
            WHEN reg_ack_at IS NOT NULL THEN 'ACKNOWLEDGED' ELSE 'REQUESTED' END::request_status,
          reg_req_at, agent_id, reg_ack_at, CASE WHEN reg_ack_at IS NOT NULL THEN staff_id END,
          reg_done_at, CASE WHEN reg_done_at IS NOT NULL THEN staff_id END,
          CASE WHEN reg_done_at IS NOT NULL AND reg_rejected THEN ${text('이미 정상 등록된 차량입니다. 출차부 LPR 오인식으로 확인되었습니다.')} END
        FROM plan WHERE reg_req_at IS NOT NULL`),
    coupons: () =>
      client.query(`
        INSERT INTO coupons (id, customer_id, case_id, amount, month, slot, issued_by_id, issued_at)
        SELECT pg_temp.uid('coupon', i), pg_temp.uid('customer', c), case_id, 3000, incident_month, 1, agent_id, coupon_at
        FROM plan WHERE coupon_at IS NOT NULL`),
    // Refunds as quote-refund computes them from the pass: the days used are deducted on the
    // Consumer Agency basis; the company's own basis proposes the unused days in 1,000원.
    refunds: () =>
      client.query(`
        INSERT INTO refunds (id, case_id, pass_id, basis, paid, available_days, used_days, amount, status,
          proposed_by_id, proposed_at, decided_by_id, decided_at, decision_reason)
        SELECT pg_temp.uid('refund', i), case_id, pg_temp.uid('pass', c), refund_basis::refund_basis, paid, available, 
          CASE WHEN refund_basis = 'CONSUMER_AGENCY' THEN used END,
          CASE WHEN refund_basis = 'CONSUMER_AGENCY' THEN paid - paid::bigint * used / available
            ELSE (paid - paid::bigint * used / available) / 1000 * 1000 END,
          CASE WHEN decided_at IS NULL THEN 'PROPOSED' WHEN refund_approved THEN 'APPROVED' ELSE 'REJECTED' END::refund_status,
          agent_id, proposed_at, CASE WHEN decided_at IS NOT NULL THEN manager_id END, decided_at,
          CASE WHEN decided_at IS NOT NULL AND refund_approved THEN ${text('소보원 인입 건 — 사용분 공제 후 환불 승인')}
            WHEN decided_at IS NOT NULL THEN ${text('당사 환불정책 대상 아님')} END
        FROM plan CROSS JOIN LATERAL (SELECT pg_temp.pass_paid(c) AS paid,
            pg_temp.pass_ends(c) - pg_temp.pass_starts(c) + 1 AS available,
            pg_temp.kst_date(incident_at) - pg_temp.pass_starts(c) + 1 AS used) pass
        WHERE proposed_at IS NOT NULL`),
  };
}
