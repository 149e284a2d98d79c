// Per-person write budgets, shared by every server process: the write limits' token buckets.
import { doublePrecision, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";

/**
 * One token bucket per person and kind of write (`domain/write-limits/`): `tokens` left at `refilled_at`, refilled
 * continuously up to the kind's burst. A person who never wrote that kind has no row (a full bucket).
 */
export const writeBudgets = pgTable(
  "write_budgets",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    tokens: doublePrecision("tokens").notNull(),
    refilledAt: timestamp("refilled_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.kind] })],
);
