DROP INDEX "coupons_case_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "coupons_case_key" ON "coupons" USING btree ("case_id");