ALTER TABLE "case_events" ADD COLUMN "detail_code" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "detail_params" jsonb;--> statement-breakpoint
ALTER TABLE "manager_notices" ADD COLUMN "message_code" text;--> statement-breakpoint
ALTER TABLE "manager_notices" ADD COLUMN "message_params" jsonb;--> statement-breakpoint
-- Our own sentences already written become catalog codes with parameters (lib/i18n/reasons.ts),
-- so English readers get them in English. Only a detail that matches one of our sentences whole is
-- converted; notes, outcomes and reasons people typed stay their own words (no code). The Korean
-- text stays in place: exports and history read it as before.
UPDATE case_events e SET detail_code = 'eventIdentityVerified', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^카카오 T 계정 가입자 본인 확인$') AS m FROM case_events WHERE type = 'IDENTITY_VERIFIED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventIdentityNotVerified', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^본인 확인 불가: 카카오 T 계정 가입자 본인 여부가 확인되지 않아 정기권 확인 및 후속 처리 없이 종결\. 가입자 본인 명의로 다시 문의하시도록 안내\.$') AS m FROM case_events WHERE type = 'IDENTITY_NOT_VERIFIED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRepeatContact', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^고객이 같은 사고로 다시 연락했습니다\.$') AS m FROM case_events WHERE type = 'REPEAT_CONTACT' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRepeatContactNote', detail_params = jsonb_build_object('note', m[1])
FROM (SELECT id, regexp_match(detail, '^고객이 같은 사고로 다시 연락했습니다\. (.+)$') AS m FROM case_events WHERE type = 'REPEAT_CONTACT' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventDuplicateLinked', detail_params = jsonb_build_object('code', m[1])
FROM (SELECT id, regexp_match(detail, '^(.+)와 같은 사고의 재문의$') AS m FROM case_events WHERE type = 'DUPLICATE_LINKED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventDuplicateUnlinked', detail_params = jsonb_build_object('code', m[1], 'reason', m[2])
FROM (SELECT id, regexp_match(detail, '^(.+?)와의 중복 연결 해제 — 사유: (.*)$') AS m FROM case_events WHERE type = 'DUPLICATE_UNLINKED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventReclassified', detail_params = jsonb_build_object('from', CASE m[1] WHEN '운영사 등록누락' THEN 'OPERATOR_OMISSION' WHEN '설비이슈/LPR오인식' THEN 'EQUIPMENT_FAULT' ELSE 'REFUND_CLAIM' END, 'to', CASE m[2] WHEN '운영사 등록누락' THEN 'OPERATOR_OMISSION' WHEN '설비이슈/LPR오인식' THEN 'EQUIPMENT_FAULT' ELSE 'REFUND_CLAIM' END, 'reason', m[3])
FROM (SELECT id, regexp_match(detail, '^(운영사 등록누락|설비이슈/LPR오인식|환불요청) → (운영사 등록누락|설비이슈/LPR오인식|환불요청): (.*)$') AS m FROM case_events WHERE type = 'CASE_RECLASSIFIED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventCouponIssued', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int, 'month', m[2], 'count', m[3]::int)
FROM (SELECT id, regexp_match(detail, '^Parking CS ([0-9,]+)원 쿠폰 지급 \((\d{4}-\d{2}), 누락 (\d+)회째\)$') AS m FROM case_events WHERE type = 'COUPON_ISSUED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRefundProposed', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int, 'basis', 'CONSUMER_AGENCY', 'usedDays', m[2]::int)
FROM (SELECT id, regexp_match(detail, '^환불 ([0-9,]+)원 제안 \(소보원 기준, 이용 (\d+)일 공제\), 관리자 승인 대기$') AS m FROM case_events WHERE type = 'REFUND_PROPOSED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRefundProposed', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int, 'basis', 'COMPANY_POLICY', 'usedDays', 0)
FROM (SELECT id, regexp_match(detail, '^환불 ([0-9,]+)원 제안 \(당사 정책\), 관리자 승인 대기$') AS m FROM case_events WHERE type = 'REFUND_PROPOSED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRefundApproved', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int)
FROM (SELECT id, regexp_match(detail, '^환불 ([0-9,]+)원 승인$') AS m FROM case_events WHERE type = 'REFUND_APPROVED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRefundApprovedWhy', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int, 'reason', m[2])
FROM (SELECT id, regexp_match(detail, '^환불 ([0-9,]+)원 승인 \((.*)\)$') AS m FROM case_events WHERE type = 'REFUND_APPROVED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRefundRejected', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int, 'reason', m[2])
FROM (SELECT id, regexp_match(detail, '^환불 ([0-9,]+)원 반려: (.*)$') AS m FROM case_events WHERE type = 'REFUND_REJECTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRegistrationAcknowledged', detail_params = jsonb_build_object('plate', m[1])
FROM (SELECT id, regexp_match(detail, '^(.+) 등록 요청 확인$') AS m FROM case_events WHERE type = 'REGISTRATION_ACKNOWLEDGED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRegistrationRequested', detail_params = jsonb_build_object('plate', m[1])
FROM (SELECT id, regexp_match(detail, '^운영사에 (.+) 정기권 등록 확인·요청$') AS m FROM case_events WHERE type = 'REGISTRATION_REQUESTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventExitRequested', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^주차장 현장에 출차 처리 요청 \(약 5분 소요 안내\)$') AS m FROM case_events WHERE type = 'EXIT_REQUESTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventExitRequestedAgain', detail_params = jsonb_build_object('reason', m[1])
FROM (SELECT id, regexp_match(detail, '^주차장 현장에 출차 처리 재요청 \(사유: (.*)\)$') AS m FROM case_events WHERE type = 'EXIT_REQUESTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRegistrationConfirmed', detail_params = jsonb_build_object('plate', m[1])
FROM (SELECT id, regexp_match(detail, '^(.+) 정기권 등록 완료, 고객 문자 발송$') AS m FROM case_events WHERE type = 'REGISTRATION_CONFIRMED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRegistrationRejected', detail_params = jsonb_build_object('reason', m[1])
FROM (SELECT id, regexp_match(detail, '^등록 반려: (.*)$') AS m FROM case_events WHERE type = 'REGISTRATION_REJECTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventExitAcknowledged', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^현장에서 출차 처리$') AS m FROM case_events WHERE type = 'EXIT_ACKNOWLEDGED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventExitAcknowledgementUndone', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^현장 출차 처리를 되돌림$') AS m FROM case_events WHERE type = 'EXIT_ACKNOWLEDGEMENT_UNDONE' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventRegistrationAcknowledgementUndone', detail_params = jsonb_build_object('plate', m[1])
FROM (SELECT id, regexp_match(detail, '^(.+) 등록 요청 확인을 되돌림$') AS m FROM case_events WHERE type = 'REGISTRATION_ACKNOWLEDGEMENT_UNDONE' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventReceiptAttached', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^영수증 사진 첨부$') AS m FROM case_events WHERE type = 'RECEIPT_ATTACHED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventCancellationStarted', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int)
FROM (SELECT id, regexp_match(detail, '^현장결제 ([0-9,]+)원 취소 처리 시작$') AS m FROM case_events WHERE type = 'PAYMENT_CANCELLATION_STARTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventCancellationRequested', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int)
FROM (SELECT id, regexp_match(detail, '^현장결제 ([0-9,]+)원 취소 접수, 고객 문자 발송$') AS m FROM case_events WHERE type = 'PAYMENT_CANCELLATION_REQUESTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventCancellationCompleted', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int)
FROM (SELECT id, regexp_match(detail, '^현장결제 ([0-9,]+)원 취소 완료, 고객 문자 발송$') AS m FROM case_events WHERE type = 'PAYMENT_CANCELLATION_COMPLETED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventCancellationRejected', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int)
FROM (SELECT id, regexp_match(detail, '^현장결제 ([0-9,]+)원 취소 반려, 고객 문자 발송$') AS m FROM case_events WHERE type = 'PAYMENT_CANCELLATION_REJECTED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventOnsitePayment', detail_params = jsonb_build_object('amount', replace(m[1], ',', '')::int)
FROM (SELECT id, regexp_match(detail, '^현장결제 ([0-9,]+)원$') AS m FROM case_events WHERE type = 'ONSITE_PAYMENT_RECORDED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventCallButtonGuided', detail_params = '{}'::jsonb
FROM (SELECT id, regexp_match(detail, '^호출버튼 이용 안내$') AS m FROM case_events WHERE type = 'EXIT_CALL_GUIDED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'eventBulkReassigned', detail_params = jsonb_build_object('name', m[1], 'total', replace(m[2], ',', '')::int)
FROM (SELECT id, regexp_match(detail, '^담당 상담사를 (.+)\(으\)로 변경 \(일괄 ([0-9,]+)건\)$') AS m FROM case_events WHERE type = 'CASE_REASSIGNED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'noticeExitOverdue', detail_params = jsonb_build_object('lot', CASE m[1] WHEN '주차장' THEN '__none' ELSE m[1] END, 'plate', '')
FROM (SELECT id, regexp_match(detail, '^(.+): 출차 요청이 목표 시간 안에 처리되지 않았습니다\.$') AS m FROM case_events WHERE type = 'REQUEST_ESCALATED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'noticeRegistrationOverdue', detail_params = jsonb_build_object('lot', CASE m[1] WHEN '주차장' THEN '__none' ELSE m[1] END, 'plate', m[2])
FROM (SELECT id, regexp_match(detail, '^(.+): (\S+) 차량등록 요청이 목표 시간 안에 완료되지 않았습니다\.$') AS m FROM case_events WHERE type = 'REQUEST_ESCALATED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE case_events e SET detail_code = 'noticeCancellationOverdue', detail_params = jsonb_build_object('lot', m[1], 'amount', replace(m[2], ',', '')::int, 'hours', m[3]::int, 'code', m[4])
FROM (SELECT id, regexp_match(detail, '^(.+): 현장결제 ([0-9,]+)원 취소 요청이 목표 시간\((\d+)시간\) 안에 처리되지 않았습니다\. \(상담번호 (.+)\)$') AS m FROM case_events WHERE type = 'REQUEST_ESCALATED' AND detail_code IS NULL) x
WHERE e.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE manager_notices n SET message_code = 'noticeExitOverdue', message_params = jsonb_build_object('lot', CASE m[1] WHEN '주차장' THEN '__none' ELSE m[1] END, 'plate', '')
FROM (SELECT id, regexp_match(message, '^(.+): 출차 요청이 목표 시간 안에 처리되지 않았습니다\.$') AS m FROM manager_notices WHERE message_code IS NULL) x
WHERE n.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE manager_notices n SET message_code = 'noticeRegistrationOverdue', message_params = jsonb_build_object('lot', CASE m[1] WHEN '주차장' THEN '__none' ELSE m[1] END, 'plate', m[2])
FROM (SELECT id, regexp_match(message, '^(.+): (\S+) 차량등록 요청이 목표 시간 안에 완료되지 않았습니다\.$') AS m FROM manager_notices WHERE message_code IS NULL) x
WHERE n.id = x.id AND x.m IS NOT NULL;--> statement-breakpoint
UPDATE manager_notices n SET message_code = 'noticeCancellationOverdue', message_params = jsonb_build_object('lot', m[1], 'amount', replace(m[2], ',', '')::int, 'hours', m[3]::int, 'code', m[4])
FROM (SELECT id, regexp_match(message, '^(.+): 현장결제 ([0-9,]+)원 취소 요청이 목표 시간\((\d+)시간\) 안에 처리되지 않았습니다\. \(상담번호 (.+)\)$') AS m FROM manager_notices WHERE message_code IS NULL) x
WHERE n.id = x.id AND x.m IS NOT NULL;
