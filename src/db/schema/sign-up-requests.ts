// Sign-ups waiting for their address to be confirmed: an account exists only once its mailbox answered.
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";

/**
 * One request per sign-up form sent with an address no account uses, keyed by the SHA-256 of the token e-mailed
 * in the confirmation link (the table holds no usable token). Confirming creates the account (or turns the
 * anonymous identity `claim_user_id` into it) and marks the request used.
 */
export const signUpRequests = pgTable("sign_up_requests", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: text("locale"),
  claimUserId: uuid("claim_user_id").references(() => users.id, { onDelete: "set null" }),
  /** Where the web app goes once confirmed (an invitation's page, say): a path of this site. */
  next: text("next"),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});
