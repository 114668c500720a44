CREATE TABLE "monthly_lot_figures" (
	"month" char(7) NOT NULL,
	"lot_id" uuid NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL,
	"omissions" integer DEFAULT 0 NOT NULL,
	"coupons_issued" integer DEFAULT 0 NOT NULL,
	"coupon_amount" integer DEFAULT 0 NOT NULL,
	"refunds_count" integer DEFAULT 0 NOT NULL,
	"refund_amount" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monthly_lot_figures_month_lot_id_pk" PRIMARY KEY("month","lot_id"),
	CONSTRAINT "monthly_lot_figures_nonnegative" CHECK ("monthly_lot_figures"."cases" >= 0 AND "monthly_lot_figures"."omissions" >= 0 AND "monthly_lot_figures"."coupons_issued" >= 0 AND "monthly_lot_figures"."coupon_amount" >= 0 AND "monthly_lot_figures"."refunds_count" >= 0 AND "monthly_lot_figures"."refund_amount" >= 0),
	CONSTRAINT "monthly_lot_figures_omissions_are_cases" CHECK ("monthly_lot_figures"."omissions" <= "monthly_lot_figures"."cases")
);
--> statement-breakpoint
ALTER TABLE "monthly_lot_figures" ADD CONSTRAINT "monthly_lot_figures_lot_id_parking_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."parking_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- monthly_lot_figures is kept here and only here: every statement that adds, removes or changes
-- a case, coupon or refund adds its signed share to the rows of the months and lots it touches,
-- in the same transaction. Inserts and deletes are counted once per statement, grouped (a bulk
-- insert of cases costs one upsert per month and lot, not one per case); updates once per row
-- and only when a counted column changed, so a status change costs nothing here. Rows are upserted in
-- (month, lot_id) order, so two transactions touching the same rows wait for each other instead
-- of deadlocking.
--
-- The counted omission is lib/services/reports/counted-omission.ts countedOmission (kind
-- OPERATOR_OMISSION, caller verified, not a duplicate); keep the two in step.
-- Existing rows are locked in key order and updated; the rest are inserted. An insert's row is
-- the whole figure (nothing counted there before), so the table's CHECKs hold for it too; two
-- transactions inserting the same new row meet in ON CONFLICT, and the second adds to the first.
CREATE FUNCTION "monthly_lot_figures_add"(deltas "monthly_lot_figures"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  sums "monthly_lot_figures"[] := ARRAY(
    SELECT ROW(d."month", d."lot_id", sum(d."cases"), sum(d."omissions"), sum(d."coupons_issued"), sum(d."coupon_amount"),
      sum(d."refunds_count"), sum(d."refund_amount"))::"monthly_lot_figures"
    FROM unnest(deltas) d
    GROUP BY d."month", d."lot_id"
    HAVING (sum(d."cases"), sum(d."omissions"), sum(d."coupons_issued"), sum(d."coupon_amount"), sum(d."refunds_count"), sum(d."refund_amount"))
      <> (0, 0, 0, 0, 0, 0)
    ORDER BY d."month", d."lot_id");
BEGIN
  IF cardinality(sums) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM "monthly_lot_figures" f
  WHERE (f."month", f."lot_id") IN (SELECT s."month", s."lot_id" FROM unnest(sums) s)
  ORDER BY f."month", f."lot_id" FOR UPDATE;
  UPDATE "monthly_lot_figures" f SET
    "cases" = f."cases" + s."cases",
    "omissions" = f."omissions" + s."omissions",
    "coupons_issued" = f."coupons_issued" + s."coupons_issued",
    "coupon_amount" = f."coupon_amount" + s."coupon_amount",
    "refunds_count" = f."refunds_count" + s."refunds_count",
    "refund_amount" = f."refund_amount" + s."refund_amount"
  FROM unnest(sums) s
  WHERE f."month" = s."month" AND f."lot_id" = s."lot_id";
  INSERT INTO "monthly_lot_figures" AS f
  SELECT s.* FROM unnest(sums) s
  WHERE NOT EXISTS (SELECT 1 FROM "monthly_lot_figures" e WHERE e."month" = s."month" AND e."lot_id" = s."lot_id")
  ORDER BY s."month", s."lot_id"
  ON CONFLICT ("month", "lot_id") DO UPDATE SET
    "cases" = f."cases" + excluded."cases",
    "omissions" = f."omissions" + excluded."omissions",
    "coupons_issued" = f."coupons_issued" + excluded."coupons_issued",
    "coupon_amount" = f."coupon_amount" + excluded."coupon_amount",
    "refunds_count" = f."refunds_count" + excluded."refunds_count",
    "refund_amount" = f."refund_amount" + excluded."refund_amount";
END;
$$;
--> statement-breakpoint
-- A case's share, times sign: itself (and whether it is a counted omission) in its incident month,
-- its coupon in the coupon's month and its approved refunds in its incident month, all at its lot.
-- The coupon and refunds move with the case when its month or lot changes.
-- (Parameters are named share_* so that no column of the tables read can take their place.)
CREATE FUNCTION "monthly_lot_figures_of_case"(share_case uuid, share_month char(7), share_lot uuid, share_counted boolean, share_sign integer)
RETURNS SETOF "monthly_lot_figures" LANGUAGE sql STABLE AS $$
  SELECT share_month, share_lot, share_sign, share_sign * share_counted::integer, 0, 0, 0, 0
  UNION ALL
  SELECT cp."month", share_lot, 0, 0, share_sign, share_sign * cp."amount", 0, 0 FROM "coupons" cp WHERE cp."case_id" = share_case
  UNION ALL
  SELECT share_month, share_lot, 0, 0, 0, 0, share_sign * count(*)::integer, share_sign * coalesce(sum(r."amount"), 0)::integer
  FROM "refunds" r WHERE r."case_id" = share_case AND r."status" = 'APPROVED' HAVING count(*) > 0;
$$;
--> statement-breakpoint
-- Inserted and deleted cases count by themselves: a case gets its coupon and refunds only after
-- it exists, and cannot be deleted while they point at it.
CREATE FUNCTION "monthly_lot_figures_cases_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT ROW(n."incident_month", n."lot_id", count(*)::integer,
        (count(*) FILTER (WHERE n."kind" = 'OPERATOR_OMISSION' AND n."identity_verified" AND n."duplicate_of_id" IS NULL))::integer,
        0, 0, 0, 0)::"monthly_lot_figures"
      FROM new_rows n GROUP BY n."incident_month", n."lot_id"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT ROW(o."incident_month", o."lot_id", -count(*)::integer,
        -(count(*) FILTER (WHERE o."kind" = 'OPERATOR_OMISSION' AND o."identity_verified" AND o."duplicate_of_id" IS NULL))::integer,
        0, 0, 0, 0)::"monthly_lot_figures"
      FROM old_rows o GROUP BY o."incident_month", o."lot_id"));
  ELSE
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT f FROM "monthly_lot_figures_of_case"(OLD."id", OLD."incident_month", OLD."lot_id",
        OLD."kind" = 'OPERATOR_OMISSION' AND OLD."identity_verified" AND OLD."duplicate_of_id" IS NULL, -1) f
      UNION ALL
      SELECT f FROM "monthly_lot_figures_of_case"(NEW."id", NEW."incident_month", NEW."lot_id",
        NEW."kind" = 'OPERATOR_OMISSION' AND NEW."identity_verified" AND NEW."duplicate_of_id" IS NULL, 1) f));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_cases_inserted" AFTER INSERT ON "cases"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_lot_figures_cases_changed"();
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_cases_deleted" AFTER DELETE ON "cases"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_lot_figures_cases_changed"();
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_cases_updated" AFTER UPDATE OF "kind", "identity_verified", "duplicate_of_id", "incident_month", "lot_id" ON "cases"
FOR EACH ROW WHEN (
  OLD."kind" IS DISTINCT FROM NEW."kind" OR OLD."identity_verified" IS DISTINCT FROM NEW."identity_verified"
  OR OLD."duplicate_of_id" IS DISTINCT FROM NEW."duplicate_of_id" OR OLD."incident_month" IS DISTINCT FROM NEW."incident_month"
  OR OLD."lot_id" IS DISTINCT FROM NEW."lot_id"
) EXECUTE FUNCTION "monthly_lot_figures_cases_changed"();
--> statement-breakpoint
-- A coupon's share, times sign: one coupon and its amount in the coupon's month, at its case's lot.
CREATE FUNCTION "monthly_lot_figures_of_coupon"(share_case uuid, share_month char(7), share_amount integer, share_sign integer)
RETURNS SETOF "monthly_lot_figures" LANGUAGE sql STABLE AS $$
  SELECT share_month, c."lot_id", 0, 0, share_sign, share_sign * share_amount, 0, 0 FROM "cases" c WHERE c."id" = share_case;
$$;
--> statement-breakpoint
CREATE FUNCTION "monthly_lot_figures_coupons_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT ROW(n."month", c."lot_id", 0, 0, count(*)::integer, sum(n."amount")::integer, 0, 0)::"monthly_lot_figures"
      FROM new_rows n JOIN "cases" c ON c."id" = n."case_id" GROUP BY n."month", c."lot_id"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT ROW(o."month", c."lot_id", 0, 0, -count(*)::integer, -sum(o."amount")::integer, 0, 0)::"monthly_lot_figures"
      FROM old_rows o JOIN "cases" c ON c."id" = o."case_id" GROUP BY o."month", c."lot_id"));
  ELSE
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT f FROM "monthly_lot_figures_of_coupon"(OLD."case_id", OLD."month", OLD."amount", -1) f
      UNION ALL
      SELECT f FROM "monthly_lot_figures_of_coupon"(NEW."case_id", NEW."month", NEW."amount", 1) f));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_coupons_inserted" AFTER INSERT ON "coupons"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_lot_figures_coupons_changed"();
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_coupons_deleted" AFTER DELETE ON "coupons"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_lot_figures_coupons_changed"();
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_coupons_updated" AFTER UPDATE OF "case_id", "month", "amount" ON "coupons"
FOR EACH ROW WHEN (
  OLD."case_id" IS DISTINCT FROM NEW."case_id" OR OLD."month" IS DISTINCT FROM NEW."month" OR OLD."amount" IS DISTINCT FROM NEW."amount"
) EXECUTE FUNCTION "monthly_lot_figures_coupons_changed"();
--> statement-breakpoint
-- A refund's share, times sign: when APPROVED, one refund and its amount in its case's incident
-- month, at its case's lot; nothing otherwise.
CREATE FUNCTION "monthly_lot_figures_of_refund"(share_case uuid, share_approved boolean, share_amount integer, share_sign integer)
RETURNS SETOF "monthly_lot_figures" LANGUAGE sql STABLE AS $$
  SELECT c."incident_month", c."lot_id", 0, 0, 0, 0, share_sign, share_sign * share_amount FROM "cases" c
  WHERE c."id" = share_case AND share_approved;
$$;
--> statement-breakpoint
CREATE FUNCTION "monthly_lot_figures_refunds_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT ROW(c."incident_month", c."lot_id", 0, 0, 0, 0, count(*)::integer, sum(n."amount")::integer)::"monthly_lot_figures"
      FROM new_rows n JOIN "cases" c ON c."id" = n."case_id" WHERE n."status" = 'APPROVED'
      GROUP BY c."incident_month", c."lot_id"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT ROW(c."incident_month", c."lot_id", 0, 0, 0, 0, -count(*)::integer, -sum(o."amount")::integer)::"monthly_lot_figures"
      FROM old_rows o JOIN "cases" c ON c."id" = o."case_id" WHERE o."status" = 'APPROVED'
      GROUP BY c."incident_month", c."lot_id"));
  ELSE
    PERFORM "monthly_lot_figures_add"(ARRAY(
      SELECT f FROM "monthly_lot_figures_of_refund"(OLD."case_id", OLD."status" = 'APPROVED', OLD."amount", -1) f
      UNION ALL
      SELECT f FROM "monthly_lot_figures_of_refund"(NEW."case_id", NEW."status" = 'APPROVED', NEW."amount", 1) f));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_refunds_inserted" AFTER INSERT ON "refunds"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_lot_figures_refunds_changed"();
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_refunds_deleted" AFTER DELETE ON "refunds"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "monthly_lot_figures_refunds_changed"();
--> statement-breakpoint
CREATE TRIGGER "monthly_lot_figures_refunds_updated" AFTER UPDATE OF "case_id", "status", "amount" ON "refunds"
FOR EACH ROW WHEN (
  OLD."case_id" IS DISTINCT FROM NEW."case_id" OR OLD."status" IS DISTINCT FROM NEW."status" OR OLD."amount" IS DISTINCT FROM NEW."amount"
) EXECUTE FUNCTION "monthly_lot_figures_refunds_changed"();
--> statement-breakpoint
-- Existing data, counted once by the same definitions. The triggers above already hold their
-- tables' locks until this migration commits, so no write can fall between this count and them.
INSERT INTO "monthly_lot_figures"
  ("month", "lot_id", "cases", "omissions", "coupons_issued", "coupon_amount", "refunds_count", "refund_amount")
SELECT "month", "lot_id", sum("cases"), sum("omissions"), sum("coupons_issued"), sum("coupon_amount"), sum("refunds_count"), sum("refund_amount")
FROM (
  SELECT c."incident_month" AS "month", c."lot_id", count(*) AS "cases",
    count(*) FILTER (WHERE c."kind" = 'OPERATOR_OMISSION' AND c."identity_verified" AND c."duplicate_of_id" IS NULL) AS "omissions",
    0 AS "coupons_issued", 0 AS "coupon_amount", 0 AS "refunds_count", 0 AS "refund_amount"
  FROM "cases" c GROUP BY c."incident_month", c."lot_id"
  UNION ALL
  SELECT cp."month", c."lot_id", 0, 0, count(*), sum(cp."amount"), 0, 0
  FROM "coupons" cp JOIN "cases" c ON c."id" = cp."case_id" GROUP BY cp."month", c."lot_id"
  UNION ALL
  SELECT c."incident_month", c."lot_id", 0, 0, 0, 0, count(*), sum(r."amount")
  FROM "refunds" r JOIN "cases" c ON c."id" = r."case_id" WHERE r."status" = 'APPROVED' GROUP BY c."incident_month", c."lot_id"
) s
GROUP BY "month", "lot_id";
