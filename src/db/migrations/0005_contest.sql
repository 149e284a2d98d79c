ALTER TABLE "challenges" ADD COLUMN "contest_prize" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "award" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "awarded_at" timestamp with time zone;