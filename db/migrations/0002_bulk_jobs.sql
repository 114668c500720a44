CREATE TYPE "public"."bulk_job_action" AS ENUM('REASSIGN', 'ADD_NOTE');--> statement-breakpoint
CREATE TYPE "public"."bulk_job_status" AS ENUM('RUNNING', 'DONE');--> statement-breakpoint
CREATE TABLE "bulk_job_cases" (
	"job_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "bulk_job_cases_job_id_case_id_pk" PRIMARY KEY("job_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "bulk_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action" "bulk_job_action" NOT NULL,
	"agent_id" uuid,
	"note" text,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"status" "bulk_job_status" DEFAULT 'RUNNING' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "bulk_jobs_reassign_has_agent" CHECK (("bulk_jobs"."action" = 'REASSIGN') = ("bulk_jobs"."agent_id" IS NOT NULL)),
	CONSTRAINT "bulk_jobs_note_has_text" CHECK (("bulk_jobs"."action" = 'ADD_NOTE') = ("bulk_jobs"."note" IS NOT NULL)),
	CONSTRAINT "bulk_jobs_note_not_blank" CHECK ("bulk_jobs"."note" IS NULL OR (length(trim("bulk_jobs"."note")) > 0 AND length("bulk_jobs"."note") <= 1000)),
	CONSTRAINT "bulk_jobs_done_in_range" CHECK ("bulk_jobs"."done" >= 0 AND "bulk_jobs"."done" <= "bulk_jobs"."total"),
	CONSTRAINT "bulk_jobs_finished_has_time" CHECK (("bulk_jobs"."status" = 'DONE') = ("bulk_jobs"."finished_at" IS NOT NULL)),
	CONSTRAINT "bulk_jobs_finished_all_done" CHECK ("bulk_jobs"."status" <> 'DONE' OR "bulk_jobs"."done" = "bulk_jobs"."total")
);
--> statement-breakpoint
ALTER TABLE "bulk_job_cases" ADD CONSTRAINT "bulk_job_cases_job_id_bulk_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_job_cases" ADD CONSTRAINT "bulk_job_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_jobs" ADD CONSTRAINT "bulk_jobs_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_jobs" ADD CONSTRAINT "bulk_jobs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_job_cases_pending_idx" ON "bulk_job_cases" USING btree ("job_id","case_id") WHERE "bulk_job_cases"."done_at" IS NULL;