CREATE TABLE "listening_topics" (
	"project_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"label" text NOT NULL,
	"keywords" text[] NOT NULL,
	"mentions" integer NOT NULL,
	"latest" integer NOT NULL,
	"before" integer NOT NULL,
	"is_new" boolean NOT NULL,
	"first_day" date,
	"latest_from" date,
	"analyzed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listening_topics_project_id_label_pk" PRIMARY KEY("project_id","label")
);
--> statement-breakpoint
ALTER TABLE "listening_topics" ADD CONSTRAINT "listening_topics_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listening_topics_workspace_idx" ON "listening_topics" USING btree ("workspace_id");