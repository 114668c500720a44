CREATE TYPE "public"."case_status" AS ENUM('OPEN', 'WAITING_ON_OPERATOR', 'RESOLVED');--> statement-breakpoint
CREATE TYPE "public"."lot_integration" AS ENUM('LINKED', 'NON_LINKED');--> statement-breakpoint
CREATE TYPE "public"."message_status" AS ENUM('QUEUED', 'SENT', 'FAILED');--> statement-breakpoint
CREATE TYPE "public"."pass_status" AS ENUM('ACTIVE', 'CANCELLED', 'REFUNDED');--> statement-breakpoint
CREATE TYPE "public"."refund_basis" AS ENUM('COMPANY_POLICY', 'CONSUMER_AGENCY');--> statement-breakpoint
CREATE TYPE "public"."refund_status" AS ENUM('PROPOSED', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('REQUESTED', 'ACKNOWLEDGED', 'CONFIRMED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('AGENT', 'OPERATOR', 'MANAGER');--> statement-breakpoint
CREATE TYPE "public"."voc_kind" AS ENUM('OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM');--> statement-breakpoint
CREATE SEQUENCE "public"."case_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "operators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operators_name_not_blank" CHECK (length(trim("operators"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"operator_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_operator_matches_role" CHECK (("users"."role" = 'OPERATOR') = ("users"."operator_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "parking_lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"operator_id" uuid NOT NULL,
	"integration" "lot_integration" NOT NULL,
	"has_exit_call_button" boolean NOT NULL,
	"phone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parking_lots_name_not_blank" CHECK (length(trim("parking_lots"."name")) > 0),
	CONSTRAINT "parking_lots_phone_digits" CHECK ("parking_lots"."phone" ~ '^[0-9]{9,11}$')
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"account_ref" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_phone_digits" CHECK ("customers"."phone" ~ '^[0-9]{9,11}$')
);
--> statement-breakpoint
CREATE TABLE "passes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"plate" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"amount_paid" integer NOT NULL,
	"available_days" integer NOT NULL,
	"status" "pass_status" DEFAULT 'ACTIVE' NOT NULL,
	"registered" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "passes_period_ordered" CHECK ("passes"."ends_on" >= "passes"."starts_on"),
	CONSTRAINT "passes_amount_paid_nonnegative" CHECK ("passes"."amount_paid" >= 0),
	CONSTRAINT "passes_available_days_positive" CHECK ("passes"."available_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"type" text NOT NULL,
	"script_step" text,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"pass_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"kind" "voc_kind" NOT NULL,
	"status" "case_status" DEFAULT 'OPEN' NOT NULL,
	"incident_at" timestamp with time zone NOT NULL,
	"incident_month" char(7) NOT NULL,
	"identity_verified" boolean DEFAULT false NOT NULL,
	"identity_verified_at" timestamp with time zone,
	"duplicate_of_id" uuid,
	"note" text,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	"last_actor_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "cases_incident_month_format" CHECK ("cases"."incident_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "cases_not_duplicate_of_self" CHECK ("cases"."duplicate_of_id" IS NULL OR "cases"."duplicate_of_id" <> "cases"."id"),
	CONSTRAINT "cases_verified_has_time" CHECK ("cases"."identity_verified" = ("cases"."identity_verified_at" IS NOT NULL)),
	CONSTRAINT "cases_version_positive" CHECK ("cases"."version" >= 1),
	CONSTRAINT "cases_resolved_has_time" CHECK (("cases"."status" = 'RESOLVED') = ("cases"."resolved_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "exit_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"status" "request_status" DEFAULT 'REQUESTED' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_id" uuid,
	"escalated_at" timestamp with time zone,
	CONSTRAINT "exit_requests_status_allowed" CHECK ("exit_requests"."status" IN ('REQUESTED', 'ACKNOWLEDGED')),
	CONSTRAINT "exit_requests_ack_time" CHECK (("exit_requests"."status" = 'ACKNOWLEDGED') = ("exit_requests"."acknowledged_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "manager_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"lot_id" uuid,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registration_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"pass_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"plate" text NOT NULL,
	"status" "request_status" DEFAULT 'REQUESTED' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_id" uuid,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" uuid,
	"reject_reason" text,
	"escalated_at" timestamp with time zone,
	CONSTRAINT "registration_requests_resolved_time" CHECK (("registration_requests"."status" IN ('CONFIRMED', 'REJECTED')) = ("registration_requests"."resolved_at" IS NOT NULL)),
	CONSTRAINT "registration_requests_reject_reason" CHECK (("registration_requests"."status" = 'REJECTED') = ("registration_requests"."reject_reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "response_targets" (
	"operator_id" uuid PRIMARY KEY NOT NULL,
	"exit_ack_minutes" integer NOT NULL,
	"registration_confirm_minutes" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "response_targets_exit_positive" CHECK ("response_targets"."exit_ack_minutes" > 0),
	CONSTRAINT "response_targets_registration_positive" CHECK ("response_targets"."registration_confirm_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "onsite_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"cancellation_requested" boolean DEFAULT false NOT NULL,
	"cancellation_requested_at" timestamp with time zone,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onsite_payments_amount_nonnegative" CHECK ("onsite_payments"."amount" >= 0),
	CONSTRAINT "onsite_payments_cancellation_time" CHECK ("onsite_payments"."cancellation_requested" = ("onsite_payments"."cancellation_requested_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "receipt_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"onsite_payment_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "receipt_attachments_mime_allowed" CHECK ("receipt_attachments"."mime_type" IN ('image/jpeg', 'image/png', 'image/heic', 'application/pdf')),
	CONSTRAINT "receipt_attachments_size" CHECK ("receipt_attachments"."size_bytes" > 0 AND "receipt_attachments"."size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "coupons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"month" char(7) NOT NULL,
	"slot" integer DEFAULT 1 NOT NULL,
	"issued_by_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coupons_amount_nonnegative" CHECK ("coupons"."amount" >= 0),
	CONSTRAINT "coupons_slot_positive" CHECK ("coupons"."slot" >= 1),
	CONSTRAINT "coupons_month_format" CHECK ("coupons"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"pass_id" uuid NOT NULL,
	"basis" "refund_basis" NOT NULL,
	"paid" integer NOT NULL,
	"available_days" integer NOT NULL,
	"used_days" integer,
	"amount" integer NOT NULL,
	"status" "refund_status" DEFAULT 'PROPOSED' NOT NULL,
	"proposed_by_id" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "refunds_paid_nonnegative" CHECK ("refunds"."paid" >= 0),
	CONSTRAINT "refunds_available_days_positive" CHECK ("refunds"."available_days" > 0),
	CONSTRAINT "refunds_used_days_in_range" CHECK ("refunds"."used_days" IS NULL OR ("refunds"."used_days" >= 0 AND "refunds"."used_days" <= "refunds"."available_days")),
	CONSTRAINT "refunds_amount_in_range" CHECK ("refunds"."amount" >= 0 AND "refunds"."amount" <= "refunds"."paid"),
	CONSTRAINT "refunds_agency_has_used_days" CHECK ("refunds"."basis" <> 'CONSUMER_AGENCY' OR "refunds"."used_days" IS NOT NULL),
	CONSTRAINT "refunds_decided_time" CHECK (("refunds"."status" = 'PROPOSED') = ("refunds"."decided_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "sms_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"case_id" uuid,
	"to_phone" text NOT NULL,
	"body" text NOT NULL,
	"status" "message_status" DEFAULT 'QUEUED' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"failure_reason" text
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"coupon_amount" integer NOT NULL,
	"repeat_threshold" integer NOT NULL,
	"coupons_per_month" integer NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_versions_coupon_amount_nonnegative" CHECK ("policy_versions"."coupon_amount" >= 0),
	CONSTRAINT "policy_versions_repeat_threshold_positive" CHECK ("policy_versions"."repeat_threshold" >= 1),
	CONSTRAINT "policy_versions_coupons_per_month_nonnegative" CHECK ("policy_versions"."coupons_per_month" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"client_address" text,
	"detail" jsonb
);
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_lots" ADD CONSTRAINT "parking_lots_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passes" ADD CONSTRAINT "passes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passes" ADD CONSTRAINT "passes_lot_id_parking_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."parking_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_pass_id_passes_id_fk" FOREIGN KEY ("pass_id") REFERENCES "public"."passes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lot_id_parking_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."parking_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_duplicate_of_id_cases_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_last_actor_id_users_id_fk" FOREIGN KEY ("last_actor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_requests" ADD CONSTRAINT "exit_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_requests" ADD CONSTRAINT "exit_requests_lot_id_parking_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."parking_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_requests" ADD CONSTRAINT "exit_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exit_requests" ADD CONSTRAINT "exit_requests_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manager_notices" ADD CONSTRAINT "manager_notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manager_notices" ADD CONSTRAINT "manager_notices_lot_id_parking_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."parking_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_pass_id_passes_id_fk" FOREIGN KEY ("pass_id") REFERENCES "public"."passes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_lot_id_parking_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."parking_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_targets" ADD CONSTRAINT "response_targets_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_payments" ADD CONSTRAINT "onsite_payments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_payments" ADD CONSTRAINT "onsite_payments_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt_attachments" ADD CONSTRAINT "receipt_attachments_onsite_payment_id_onsite_payments_id_fk" FOREIGN KEY ("onsite_payment_id") REFERENCES "public"."onsite_payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt_attachments" ADD CONSTRAINT "receipt_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_pass_id_passes_id_fk" FOREIGN KEY ("pass_id") REFERENCES "public"."passes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "operators_name_key" ON "operators" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_operator_idx" ON "users" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "parking_lots_operator_idx" ON "parking_lots" USING btree ("operator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_account_ref_key" ON "customers" USING btree ("account_ref");--> statement-breakpoint
CREATE INDEX "customers_phone_last4_idx" ON "customers" USING btree (right("phone", 4));--> statement-breakpoint
CREATE INDEX "passes_plate_idx" ON "passes" USING btree ("plate");--> statement-breakpoint
CREATE INDEX "passes_customer_idx" ON "passes" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "passes_lot_idx" ON "passes" USING btree ("lot_id");--> statement-breakpoint
CREATE INDEX "case_events_case_at_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_code_key" ON "cases" USING btree ("code");--> statement-breakpoint
CREATE INDEX "cases_lot_month_idx" ON "cases" USING btree ("lot_id","incident_month");--> statement-breakpoint
CREATE INDEX "cases_customer_month_idx" ON "cases" USING btree ("customer_id","incident_month");--> statement-breakpoint
CREATE INDEX "cases_status_created_idx" ON "cases" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "cases_month_kind_idx" ON "cases" USING btree ("incident_month","kind");--> statement-breakpoint
CREATE INDEX "cases_created_idx" ON "cases" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_pass_idx" ON "cases" USING btree ("pass_id");--> statement-breakpoint
CREATE INDEX "cases_counted_omissions_idx" ON "cases" USING btree ("incident_month","lot_id","customer_id") WHERE "cases"."kind" = 'OPERATOR_OMISSION' AND "cases"."identity_verified" AND "cases"."duplicate_of_id" IS NULL;--> statement-breakpoint
CREATE INDEX "exit_requests_lot_status_idx" ON "exit_requests" USING btree ("lot_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "exit_requests_case_idx" ON "exit_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "exit_requests_requested_idx" ON "exit_requests" USING btree ("requested_at");--> statement-breakpoint
CREATE INDEX "manager_notices_created_idx" ON "manager_notices" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "registration_requests_lot_status_idx" ON "registration_requests" USING btree ("lot_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "registration_requests_case_idx" ON "registration_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "registration_requests_requested_idx" ON "registration_requests" USING btree ("requested_at");--> statement-breakpoint
CREATE INDEX "onsite_payments_case_idx" ON "onsite_payments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "receipt_attachments_payment_idx" ON "receipt_attachments" USING btree ("onsite_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coupons_customer_month_slot_key" ON "coupons" USING btree ("customer_id","month","slot");--> statement-breakpoint
CREATE INDEX "coupons_month_idx" ON "coupons" USING btree ("month");--> statement-breakpoint
CREATE INDEX "coupons_case_idx" ON "coupons" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "refunds_case_idx" ON "refunds" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_one_active_per_case" ON "refunds" USING btree ("case_id") WHERE "refunds"."status" IN ('PROPOSED', 'APPROVED');--> statement-breakpoint
CREATE INDEX "refunds_status_idx" ON "refunds" USING btree ("status","proposed_at");--> statement-breakpoint
CREATE INDEX "sms_messages_case_idx" ON "sms_messages" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "sms_messages_status_idx" ON "sms_messages" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_effective_from_key" ON "policy_versions" USING btree ("effective_from");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_at_idx" ON "audit_log" USING btree ("actor_id","at");