CREATE TYPE "public"."erasure_policy" AS ENUM('keep', 'person-chooses', 'remove');--> statement-breakpoint
CREATE TABLE "challenge_pseudonyms" (
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"user_id" uuid,
	CONSTRAINT "challenge_pseudonyms_challenge_id_number_pk" PRIMARY KEY("challenge_id","number"),
	CONSTRAINT "challenge_pseudonyms_user_key" UNIQUE("challenge_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "deleted_participants" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"erased_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workspace_erasure_policies" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"policy" "erasure_policy" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "challenge_pseudonyms" ADD CONSTRAINT "challenge_pseudonyms_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_pseudonyms" ADD CONSTRAINT "challenge_pseudonyms_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_pseudonyms" ADD CONSTRAINT "challenge_pseudonyms_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deleted_participants" ADD CONSTRAINT "deleted_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deleted_participants" ADD CONSTRAINT "deleted_participants_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_changes" ADD CONSTRAINT "email_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_erasure_policies" ADD CONSTRAINT "workspace_erasure_policies_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;