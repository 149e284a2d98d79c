CREATE TYPE "public"."idea_group_origin" AS ENUM('computed', 'manual');--> statement-breakpoint
CREATE TYPE "public"."idea_group_trend" AS ENUM('growing', 'stable', 'fading');--> statement-breakpoint
CREATE TABLE "idea_group_members" (
	"idea_id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"placed_by_manager" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idea_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"origin" "idea_group_origin" NOT NULL,
	"label" text NOT NULL,
	"name" text,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quote_idea_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pinned_idea_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emotions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trend" "idea_group_trend",
	"heard" text,
	"will_do" text,
	"retired_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idea_group_members" ADD CONSTRAINT "idea_group_members_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_group_members" ADD CONSTRAINT "idea_group_members_group_id_idea_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."idea_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_group_members" ADD CONSTRAINT "idea_group_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_groups" ADD CONSTRAINT "idea_groups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_groups" ADD CONSTRAINT "idea_groups_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_groups" ADD CONSTRAINT "idea_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_group_members_group_idx" ON "idea_group_members" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "idea_groups_challenge_idx" ON "idea_groups" USING btree ("challenge_id");