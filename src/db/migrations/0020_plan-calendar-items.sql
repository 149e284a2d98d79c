CREATE TABLE "plan_calendar_settings" (
	"plan_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"soon_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_calendar_settings_plan_id_pk" PRIMARY KEY("plan_id")
);
--> statement-breakpoint
DROP INDEX "calendar_items_plan_idx";--> statement-breakpoint
ALTER TABLE "calendar_items" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD COLUMN "due_time" text;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_calendar_settings" ADD CONSTRAINT "plan_calendar_settings_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_calendar_settings" ADD CONSTRAINT "plan_calendar_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD CONSTRAINT "calendar_items_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_items_plan_idx" ON "calendar_items" USING btree ("plan_id","due_on");--> statement-breakpoint
ALTER TABLE "calendar_items" DROP COLUMN "due_at";