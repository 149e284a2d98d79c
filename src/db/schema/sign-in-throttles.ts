// Failed sign-ins per account, shared by every server process: the progressive delay reads and writes them.
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per account under attack (or mistyped), keyed by a hash of the normalized e-mail so that the table holds
 * no address; the row goes away at the next successful sign-in.
 */
export const signInThrottles = pgTable("sign_in_throttles", {
  account: text("account").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }),
});
