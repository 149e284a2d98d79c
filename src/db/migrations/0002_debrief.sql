CREATE TYPE "public"."idea_outcome" AS ENUM('retained', 'studied', 'not-retained');--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "debrief_text" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "debrief_media_url" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "debrief_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "outcome" "idea_outcome";--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "outcome_note" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "outcome_at" timestamp with time zone;