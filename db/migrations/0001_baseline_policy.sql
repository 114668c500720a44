-- The compensation policy of 2024-07-26 (정기권 보상정책): a 3,000원 coupon from the 2nd
-- counted omission in a KST month, at most one a month. Later versions are added by managers.
INSERT INTO "policy_versions" ("effective_from", "coupon_amount", "repeat_threshold", "coupons_per_month", "note")
VALUES ('2024-07-26T00:00:00+09:00', 3000, 2, 1, '정기권 보상정책(24.7.26)')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The access log is append-only: history of who saw personal data must not be rewritten.
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
