import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: [
    "./src/db/schema/accounts.ts",
    "./src/db/schema/workspaces.ts",
    "./src/db/schema/challenges.ts",
    "./src/db/schema/notifications.ts",
    "./src/db/schema/notification-preferences.ts",
    "./src/db/schema/conversations.ts",
    "./src/db/schema/synthesis.ts",
    "./src/db/schema/actions.ts",
    "./src/db/schema/synthesis-runs.ts",
    "./src/db/schema/contest.ts",
    "./src/db/schema/jobs.ts",
    "./src/db/schema/sign-in-throttles.ts",
    "./src/db/schema/workspace-blocks.ts",
    "./src/db/schema/plans.ts",
    "./src/db/schema/plan-sessions.ts",
    "./src/db/schema/plan-calendar.ts",
    "./src/db/schema/listening.ts",
    "./src/db/schema/write-budgets.ts",
    "./src/db/schema/sign-up-requests.ts",
  ],
  out: "./src/db/migrations",
});
