CREATE TYPE "public"."cancellation_status" AS ENUM('RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED');--> statement-breakpoint
CREATE TABLE "payment_cancellations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"onsite_payment_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"status" "cancellation_status" DEFAULT 'RECEIVED' NOT NULL,
	"owner_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" uuid,
	"reject_reason" text,
	CONSTRAINT "payment_cancellations_due_after_request" CHECK ("payment_cancellations"."due_at" > "payment_cancellations"."requested_at"),
	CONSTRAINT "payment_cancellations_resolved_time" CHECK (("payment_cancellations"."status" IN ('COMPLETED', 'REJECTED')) = ("payment_cancellations"."resolved_at" IS NOT NULL)),
	CONSTRAINT "payment_cancellations_reject_reason" CHECK (("payment_cancellations"."status" = 'REJECTED') = ("payment_cancellations"."reject_reason" IS NOT NULL)),
	CONSTRAINT "payment_cancellations_started_time" CHECK ("payment_cancellations"."status" = 'RECEIVED' OR "payment_cancellations"."started_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "outcome_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" "voc_kind",
	"first_response" boolean DEFAULT false NOT NULL,
	"label_ko" text NOT NULL,
	"label_en" text NOT NULL,
	"body_ko" text NOT NULL,
	"body_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_templates_key_format" CHECK ("outcome_templates"."key" ~ '^[A-Z][A-Z0-9_]{0,63}$'),
	CONSTRAINT "outcome_templates_label_length" CHECK (length("outcome_templates"."label_ko") BETWEEN 1 AND 60 AND length("outcome_templates"."label_en") BETWEEN 1 AND 60),
	CONSTRAINT "outcome_templates_body_length" CHECK (length("outcome_templates"."body_ko") BETWEEN 1 AND 2000 AND length("outcome_templates"."body_en") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "identity_unconfirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exit_requests" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "proposal_reason" text;--> statement-breakpoint
ALTER TABLE "payment_cancellations" ADD CONSTRAINT "payment_cancellations_onsite_payment_id_onsite_payments_id_fk" FOREIGN KEY ("onsite_payment_id") REFERENCES "public"."onsite_payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_cancellations" ADD CONSTRAINT "payment_cancellations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_cancellations" ADD CONSTRAINT "payment_cancellations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_cancellations" ADD CONSTRAINT "payment_cancellations_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_cancellations" ADD CONSTRAINT "payment_cancellations_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_templates" ADD CONSTRAINT "outcome_templates_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_cancellations_payment_key" ON "payment_cancellations" USING btree ("onsite_payment_id");--> statement-breakpoint
CREATE INDEX "payment_cancellations_case_idx" ON "payment_cancellations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "payment_cancellations_status_due_idx" ON "payment_cancellations" USING btree ("status","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_templates_key_key" ON "outcome_templates" USING btree ("key");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unconfirmed_not_verified" CHECK ("cases"."identity_unconfirmed_at" IS NULL OR NOT "cases"."identity_verified");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unconfirmed_is_resolved" CHECK ("cases"."identity_unconfirmed_at" IS NULL OR "cases"."status" = 'RESOLVED');--> statement-breakpoint
ALTER TABLE "exit_requests" ADD CONSTRAINT "exit_requests_reason_length" CHECK ("exit_requests"."reason" IS NULL OR length("exit_requests"."reason") BETWEEN 1 AND 500);--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_proposal_reason_length" CHECK ("refunds"."proposal_reason" IS NULL OR length("refunds"."proposal_reason") BETWEEN 1 AND 2000);