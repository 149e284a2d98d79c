CREATE TYPE "public"."listening_alert_kind" AS ENUM('volume-spike', 'negative-surge', 'new-topic', 'query-match');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'listening-alert';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'decision-review';--> statement-breakpoint
CREATE TABLE "listening_alert_firings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"key" text NOT NULL,
	"details" jsonb NOT NULL,
	"fired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_alert_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "listening_alert_kind" NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"min_interval_hours" integer DEFAULT 24 NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"last_fired_at" timestamp with time zone,
	"checked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listening_alert_rules_interval_check" CHECK ("listening_alert_rules"."min_interval_hours" BETWEEN 1 AND 720),
	CONSTRAINT "listening_alert_rules_query_check" CHECK ("listening_alert_rules"."kind"::text <> 'query-match' OR length("listening_alert_rules"."settings"->>'query') > 0)
);
--> statement-breakpoint
CREATE TABLE "listening_alert_subscribers" (
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listening_alert_subscribers_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "challenge_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "listening_project_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "plan_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "listening_alert_firings" ADD CONSTRAINT "listening_alert_firings_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alert_firings" ADD CONSTRAINT "listening_alert_firings_rule_id_listening_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."listening_alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alert_rules" ADD CONSTRAINT "listening_alert_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alert_rules" ADD CONSTRAINT "listening_alert_rules_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alert_rules" ADD CONSTRAINT "listening_alert_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alert_subscribers" ADD CONSTRAINT "listening_alert_subscribers_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alert_subscribers" ADD CONSTRAINT "listening_alert_subscribers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "listening_alert_firings_key_idx" ON "listening_alert_firings" USING btree ("rule_id","key");--> statement-breakpoint
CREATE INDEX "listening_alert_firings_project_idx" ON "listening_alert_firings" USING btree ("project_id","fired_at");--> statement-breakpoint
CREATE INDEX "listening_alert_rules_project_idx" ON "listening_alert_rules" USING btree ("project_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_listening_project_id_listening_projects_id_fk" FOREIGN KEY ("listening_project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_subject_check" CHECK (CASE "notifications"."kind"::text
        WHEN 'listening-alert' THEN "notifications"."listening_project_id" IS NOT NULL AND "notifications"."details" IS NOT NULL
        WHEN 'decision-review' THEN "notifications"."plan_id" IS NOT NULL AND "notifications"."details" IS NOT NULL
        ELSE "notifications"."challenge_id" IS NOT NULL END);