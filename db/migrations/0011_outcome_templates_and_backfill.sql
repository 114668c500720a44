-- Outcome templates from the guide's compensation table (정기권 보상정책, 24.7.26). Amounts are
-- left out on purpose: the coupon's amount comes from the policy version in force.
INSERT INTO "outcome_templates" ("key", "kind", "first_response", "label_ko", "label_en", "body_ko", "body_en", "sort_order") VALUES
  ('FIRST_OMISSION_RESPONSE', 'OPERATOR_OMISSION', true, '1차 불가안내·정책안내·케어', '1st: no compensation, policy, care',
   '1차 등록누락: 보상 불가 안내, 정기권 보상정책(월 2회 이상 발생 시 쿠폰 발행, 월 1회 한정) 안내 및 감성케어. 운영사 측으로 정기권 등록 요청 완료.',
   '1st omission: explained that no compensation is given, explained the pass policy (a coupon from the 2nd omission in a month, once a month) and cared for the customer. Registration requested from the operator.', 10),
  ('COUPON_ISSUED', 'OPERATOR_OMISSION', false, '쿠폰 지급', 'Coupon issued',
   '같은 달 2회 이상 등록누락 확인. 케어 후 미수긍으로 Parking CS 쿠폰 지급(정기권 Lock-in 목적). 운영사 측으로 정기권 등록 요청 완료.',
   'Two or more omissions in the same month confirmed. The customer was still unhappy after care: Parking CS coupon issued (pass lock-in). Registration requested from the operator.', 20),
  ('EQUIPMENT_FAULT_CLOSED', 'EQUIPMENT_FAULT', true, '설비 이슈 종결 (LPR 오인식)', 'Equipment issue closed (LPR misread)',
   '설비이슈/LPR 오인식 확인. 보상 불가 및 정책 안내, 감성케어 후 카메라 오인식으로 종결.',
   'Equipment fault / LPR misread confirmed. Explained that no compensation is given and the policy, cared for the customer; closed as a camera misrecognition.', 30),
  ('REFUND_POLICY_EXPLAINED', 'REFUND_CLAIM', true, '환불 정책 안내', 'Refund policy explained',
   '환불 불가 안내 및 당사 환불정책 안내, 감성케어. 재발방지를 위한 후속조치 요청.',
   'Explained that no refund is given and the company''s refund policy, cared for the customer. Follow-up requested to stop it happening again.', 40),
  ('CONSUMER_AGENCY_REFUND', 'REFUND_CLAIM', false, '소보원 환불 진행', 'Consumer Agency refund',
   '소보원 인입 건. 소비자보호법 환불규정에 따라 이용일수 금액 차감 후 환불 진행(당사 정기권 환불정책과 다름).',
   'Escalated to the Korea Consumer Agency: refund after deducting the days used, under the consumer-protection rules (differs from the company''s own refund policy).', 50)
ON CONFLICT ("key") DO NOTHING;
--> statement-breakpoint
-- Cancellations filed before they were work items: each becomes one, received, due 72 hours
-- after it was filed (lib/domain/response-targets.ts: DEFAULT_CANCELLATION_TARGET_HOURS).
INSERT INTO "payment_cancellations" ("onsite_payment_id", "case_id", "requested_at", "requested_by_id", "due_at")
SELECT "id", "case_id", "cancellation_requested_at", "recorded_by_id", "cancellation_requested_at" + interval '72 hours'
FROM "onsite_payments"
WHERE "cancellation_requested"
ON CONFLICT ("onsite_payment_id") DO NOTHING;
