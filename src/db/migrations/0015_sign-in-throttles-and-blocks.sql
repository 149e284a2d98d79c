CREATE TABLE "sign_in_throttles" (
	"account" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workspace_blocks" (
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"blocked_at" timestamp with time zone NOT NULL,
	"blocked_by" uuid,
	"reason" text,
	CONSTRAINT "workspace_blocks_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "workspace_blocks" ADD CONSTRAINT "workspace_blocks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_blocks" ADD CONSTRAINT "workspace_blocks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_blocks" ADD CONSTRAINT "workspace_blocks_blocked_by_users_id_fk" FOREIGN KEY ("blocked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
INSERT INTO "workspace_blocks" ("workspace_id", "user_id", "blocked_at", "blocked_by", "reason")
SELECT "workspace_id", "user_id", "blocked_at", "blocked_by", "blocked_reason" FROM "memberships" WHERE "blocked_at" IS NOT NULL;
