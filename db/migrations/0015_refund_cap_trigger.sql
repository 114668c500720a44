-- A pass is never refunded beyond what was paid: its PROPOSED and APPROVED refunds add up to at
-- most passes.amount_paid. passes.refunds_held (0014) is the running sum, kept here and only
-- here. Every refund written updates its pass's row in the same transaction, so two refunds of
-- one pass queue on that row lock: under READ COMMITTED the second UPDATE re-reads the sum the
-- first committed, under REPEATABLE READ or SERIALIZABLE it fails with a serialization error
-- (40001, which the app runs again). Either way no two refunds can both see the old sum.
--
-- Existing data: the sum is filled in from the refunds already there. A pass already held above
-- its price (possible before this migration) is left as it is, not refused here: its history
-- is a fact, the migration must not fail on it, and rejecting its pending refunds still works
-- (a refund leaving the sum is never refused). What it can no longer do is take a new refund
-- or an approval while it stays above its price.
UPDATE "passes" p SET "refunds_held" = s."held"
FROM (
  SELECT "pass_id", sum("amount")::integer AS "held" FROM "refunds"
  WHERE "status" IN ('PROPOSED', 'APPROVED') GROUP BY "pass_id"
) s
WHERE s."pass_id" = p."id";
--> statement-breakpoint
-- Refused with check_violation on the named constraint "refunds_within_pass_price"; DETAIL is
-- the amount the pass could still take besides this refund, for the service's message.
CREATE FUNCTION "refunds_hold_on_pass"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  held_before integer := 0;
  held_after integer := 0;
  paid integer;
  held integer;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."status" IN ('PROPOSED', 'APPROVED') THEN held_before := OLD."amount"; END IF;
  IF TG_OP <> 'DELETE' AND NEW."status" IN ('PROPOSED', 'APPROVED') THEN held_after := NEW."amount"; END IF;
  IF held_before <> 0 AND (TG_OP = 'DELETE' OR OLD."pass_id" IS DISTINCT FROM NEW."pass_id" OR held_after = 0) THEN
    UPDATE "passes" SET "refunds_held" = "refunds_held" - held_before WHERE "id" = OLD."pass_id";
    held_before := 0;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."status" IN ('PROPOSED', 'APPROVED') THEN
    UPDATE "passes" SET "refunds_held" = "refunds_held" - held_before + held_after WHERE "id" = NEW."pass_id"
    RETURNING "amount_paid", "refunds_held" INTO paid, held;
    IF held > paid THEN
      RAISE EXCEPTION 'refunds of pass % would reach % won, above the % won paid', NEW."pass_id", held, paid
        USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_within_pass_price',
              DETAIL = greatest(0, paid - (held - held_after))::text;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "refunds_hold_on_pass" AFTER INSERT OR DELETE OR UPDATE OF "status", "amount", "pass_id" ON "refunds"
FOR EACH ROW EXECUTE FUNCTION "refunds_hold_on_pass"();
