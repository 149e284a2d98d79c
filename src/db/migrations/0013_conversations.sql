CREATE TYPE "public"."statement_status" AS ENUM('shown', 'pending', 'rejected');--> statement-breakpoint
ALTER TYPE "public"."flag_subject" ADD VALUE 'statement';--> statement-breakpoint
CREATE TABLE "conversation_participants" (
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"user_id" uuid,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_participants_challenge_id_number_pk" PRIMARY KEY("challenge_id","number"),
	CONSTRAINT "conversation_participants_user_key" UNIQUE("challenge_id","user_id"),
	CONSTRAINT "conversation_participants_external_key" UNIQUE("challenge_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "opinion_maps" (
	"challenge_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"map" jsonb NOT NULL,
	"vote_count" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_votes" (
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"participant" integer NOT NULL,
	"statement" integer NOT NULL,
	"vote" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_votes_challenge_id_participant_statement_pk" PRIMARY KEY("challenge_id","participant","statement")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"imported_author" text,
	"status" "statement_status" NOT NULL,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statements_challenge_number_key" UNIQUE("challenge_id","number")
);
--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "conversation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "statement_moderation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_maps" ADD CONSTRAINT "opinion_maps_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_maps" ADD CONSTRAINT "opinion_maps_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_votes" ADD CONSTRAINT "statement_votes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_votes" ADD CONSTRAINT "statement_votes_participant_fk" FOREIGN KEY ("challenge_id","participant") REFERENCES "public"."conversation_participants"("challenge_id","number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_votes" ADD CONSTRAINT "statement_votes_statement_fk" FOREIGN KEY ("challenge_id","statement") REFERENCES "public"."statements"("challenge_id","number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statements_workspace_idx" ON "statements" USING btree ("workspace_id");