ALTER TYPE "public"."notification_kind" ADD VALUE 'timeline-changed';--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "archived_at" timestamp with time zone;