// Blocks by moderation that belong to the person in the workspace: they outlive the membership and refuse rejoining.
import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { workspaces } from "./workspaces.ts";

/** One row per blocked person and workspace, written with the membership's block and removed by unblocking. */
export const workspaceBlocks = pgTable(
  "workspace_blocks",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedAt: timestamp("blocked_at", { withTimezone: true }).notNull(),
    blockedBy: uuid("blocked_by").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.userId] })],
);
