CREATE TYPE "public"."mention_import_kind" AS ENUM('file', 'paste', 'feed');--> statement-breakpoint
CREATE TYPE "public"."mention_import_status" AS ENUM('queued', 'running', 'done', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."mention_polarity" AS ENUM('positive', 'neutral', 'negative');--> statement-breakpoint
CREATE TABLE "listening_alerts" (
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listening_alerts_project_id_kind_key_pk" PRIMARY KEY("project_id","kind","key")
);
--> statement-breakpoint
CREATE TABLE "listening_daily" (
	"project_id" uuid NOT NULL,
	"day" date NOT NULL,
	"brand" text NOT NULL,
	"channel" text NOT NULL,
	"source" text NOT NULL,
	"polarity" "mention_polarity" NOT NULL,
	"mentions" integer NOT NULL,
	"reach" bigint NOT NULL,
	"engagement" bigint NOT NULL,
	CONSTRAINT "listening_daily_project_id_day_brand_channel_source_polarity_pk" PRIMARY KEY("project_id","day","brand","channel","source","polarity")
);
--> statement-breakpoint
CREATE TABLE "listening_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"frame" jsonb,
	"mapping" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"term" text NOT NULL,
	"source" text,
	"polarity" "mention_polarity",
	"relevant" boolean,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content" jsonb NOT NULL,
	"frozen_by" uuid,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mention_corrections" (
	"mention_id" bigint PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"polarity" "mention_polarity",
	"emotions" text[],
	"dimension" text,
	"relevant" boolean,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mention_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"upload_id" uuid,
	"kind" "mention_import_kind" NOT NULL,
	"file_name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"status" "mention_import_status" DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	"duplicates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rejected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"import_id" uuid,
	"line" integer NOT NULL,
	"external_id" text,
	"text_hash" text NOT NULL,
	"text" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"author" text,
	"source" text DEFAULT '' NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"url" text,
	"reach" bigint DEFAULT 0 NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"shares" integer DEFAULT 0 NOT NULL,
	"comments" integer DEFAULT 0 NOT NULL,
	"language" text NOT NULL,
	"machine_polarity" "mention_polarity" NOT NULL,
	"machine_score" real NOT NULL,
	"machine_emotions" jsonb NOT NULL,
	"machine_dimensions" text[] NOT NULL,
	"topic" text,
	"polarity" "mention_polarity" NOT NULL,
	"emotions" jsonb NOT NULL,
	"dimensions" text[] NOT NULL,
	"relevant" boolean DEFAULT true NOT NULL,
	"brands" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "listening_alerts" ADD CONSTRAINT "listening_alerts_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_daily" ADD CONSTRAINT "listening_daily_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_projects" ADD CONSTRAINT "listening_projects_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_projects" ADD CONSTRAINT "listening_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_rules" ADD CONSTRAINT "listening_rules_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_rules" ADD CONSTRAINT "listening_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_snapshots" ADD CONSTRAINT "listening_snapshots_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_snapshots" ADD CONSTRAINT "listening_snapshots_frozen_by_users_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_uploads" ADD CONSTRAINT "listening_uploads_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_uploads" ADD CONSTRAINT "listening_uploads_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_uploads" ADD CONSTRAINT "listening_uploads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_corrections" ADD CONSTRAINT "mention_corrections_mention_id_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."mentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_corrections" ADD CONSTRAINT "mention_corrections_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_corrections" ADD CONSTRAINT "mention_corrections_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_imports" ADD CONSTRAINT "mention_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_imports" ADD CONSTRAINT "mention_imports_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_imports" ADD CONSTRAINT "mention_imports_upload_id_listening_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."listening_uploads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_imports" ADD CONSTRAINT "mention_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_project_id_listening_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."listening_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_import_id_mention_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."mention_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listening_projects_workspace_idx" ON "listening_projects" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "listening_rules_project_idx" ON "listening_rules" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "listening_snapshots_project_idx" ON "listening_snapshots" USING btree ("project_id","frozen_at");--> statement-breakpoint
CREATE INDEX "mention_corrections_project_idx" ON "mention_corrections" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "mention_imports_project_idx" ON "mention_imports" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentions_external_id_idx" ON "mentions" USING btree ("project_id","external_id") WHERE "mentions"."external_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "mentions_text_hash_idx" ON "mentions" USING btree ("project_id","text_hash");--> statement-breakpoint
CREATE INDEX "mentions_project_day_idx" ON "mentions" USING btree ("project_id","day");--> statement-breakpoint
CREATE INDEX "mentions_brands_idx" ON "mentions" USING gin ("brands");