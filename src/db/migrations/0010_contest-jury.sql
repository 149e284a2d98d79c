CREATE TABLE "contest_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_criteria_weight_positive" CHECK ("contest_criteria"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "contest_finalists" (
	"idea_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"marked_by" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"challenge_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"jury_share" integer DEFAULT 70 NOT NULL,
	"announced_at" timestamp with time zone,
	"announced_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contests_jury_share_range" CHECK ("contests"."jury_share" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "jury_scores" (
	"workspace_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"juror_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_scores_juror_id_idea_id_criterion_id_pk" PRIMARY KEY("juror_id","idea_id","criterion_id"),
	CONSTRAINT "jury_scores_score_range" CHECK ("jury_scores"."score" BETWEEN 0 AND 10)
);
--> statement-breakpoint
ALTER TABLE "contest_criteria" ADD CONSTRAINT "contest_criteria_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_criteria" ADD CONSTRAINT "contest_criteria_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_finalists" ADD CONSTRAINT "contest_finalists_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_finalists" ADD CONSTRAINT "contest_finalists_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_finalists" ADD CONSTRAINT "contest_finalists_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_finalists" ADD CONSTRAINT "contest_finalists_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_announced_by_users_id_fk" FOREIGN KEY ("announced_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_scores" ADD CONSTRAINT "jury_scores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_scores" ADD CONSTRAINT "jury_scores_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_scores" ADD CONSTRAINT "jury_scores_idea_id_contest_finalists_idea_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."contest_finalists"("idea_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_scores" ADD CONSTRAINT "jury_scores_criterion_id_contest_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."contest_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_scores" ADD CONSTRAINT "jury_scores_juror_id_users_id_fk" FOREIGN KEY ("juror_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contest_criteria_challenge_idx" ON "contest_criteria" USING btree ("challenge_id","position");--> statement-breakpoint
CREATE INDEX "contest_finalists_challenge_idx" ON "contest_finalists" USING btree ("challenge_id");--> statement-breakpoint
CREATE INDEX "jury_scores_challenge_idx" ON "jury_scores" USING btree ("challenge_id");