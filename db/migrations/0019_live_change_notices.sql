-- Live updates by push (issue 18): every transaction that changes a lot's requests or a case's
-- activity tells the listening app instances so at its COMMIT (NOTIFY is transactional: a
-- rolled-back write says nothing, and a committed one is heard only once it can be read).
-- Written as triggers so that no write path can forget it: the request services, the
-- escalation job and the bulk case job alike. The payloads are ids only, no personal data:
--   cs_lot_changed   "<lot id> <operator id>"  an exit or registration request was created or
--                    changed (acknowledged, undone, confirmed, rejected, escalated); the operator
--                    id lets an instance hand it to that operator's pages without a query.
--   cs_case_changed  "<case id>"               cases.updated_at moved (what caseActivity reads).
-- PostgreSQL folds identical payloads within a transaction, so a statement touching many rows of
-- one lot sends one notice. The channel names are also in db/change-notices.ts.
CREATE FUNCTION "notify_lot_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cs_lot_changed', NEW."lot_id"::text || ' ' || coalesce(
    (SELECT "operator_id"::text FROM "parking_lots" WHERE "id" = NEW."lot_id"), ''));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "exit_requests_notify_lot" AFTER INSERT OR UPDATE ON "exit_requests"
  FOR EACH ROW EXECUTE FUNCTION "notify_lot_changed"();
--> statement-breakpoint
CREATE TRIGGER "registration_requests_notify_lot" AFTER INSERT OR UPDATE ON "registration_requests"
  FOR EACH ROW EXECUTE FUNCTION "notify_lot_changed"();
--> statement-breakpoint
CREATE FUNCTION "notify_case_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cs_case_changed', NEW."id"::text);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "cases_notify_changed" AFTER UPDATE ON "cases"
  FOR EACH ROW WHEN (OLD."updated_at" IS DISTINCT FROM NEW."updated_at") EXECUTE FUNCTION "notify_case_changed"();
