CREATE TABLE "sign_up_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text,
	"claim_user_id" uuid,
	"next" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sign_up_requests" ADD CONSTRAINT "sign_up_requests_claim_user_id_users_id_fk" FOREIGN KEY ("claim_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;