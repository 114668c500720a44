DROP INDEX "coupons_month_idx";--> statement-breakpoint
CREATE INDEX "passes_plate_trgm_idx" ON "passes" USING gin ("plate" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_month_lot_idx" ON "cases" USING btree ("incident_month","lot_id");--> statement-breakpoint
CREATE INDEX "cases_id_month_lot_idx" ON "cases" USING btree ("id","incident_month","lot_id");--> statement-breakpoint
CREATE INDEX "refunds_approved_case_idx" ON "refunds" USING btree ("case_id","amount") WHERE "refunds"."status" = 'APPROVED';--> statement-breakpoint
CREATE INDEX "coupons_month_idx" ON "coupons" USING btree ("month","case_id","amount");