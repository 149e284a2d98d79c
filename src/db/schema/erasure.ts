// Tables of data rights: each workspace's erasure policy, the "deleted participant" tombstones, e-mail changes
// waiting for confirmation, and the open-data pseudonyms fixed once given.
import { integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges } from "./challenges.ts";
import { workspaces } from "./workspaces.ts";

/**
 * What becomes of an erased person's contributions in a workspace: `keep` them under a "deleted participant",
 * let the person choose (`person-chooses`, kept unless they ask for removal), or always `remove` them.
 */
export const erasurePolicyEnum = pgEnum("erasure_policy", ["keep", "person-chooses", "remove"]);

/** A workspace's erasure policy; no row means `keep`. */
export const workspaceErasurePolicies = pgTable("workspace_erasure_policies", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  policy: erasurePolicyEnum("policy").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A "deleted participant": a user row with no e-mail and no password that holds, in one workspace, the kept
 * contributions of one erased person. One per person and workspace, so nothing links workspaces together.
 */
export const deletedParticipants = pgTable("deleted_participants", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  erasedAt: timestamp("erased_at", { withTimezone: true }).notNull(),
});

/** A new e-mail address waiting for its owner to open the link sent to it; stored hashed, used once. */
export const emailChanges = pgTable("email_changes", {
  id: text("id").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

/**
 * The open-data pseudonym `participant-<number>` of each person in a challenge, stored the first time it is needed
 * and never renumbered: an erasure moves the row to the deleted participant or empties `userId`, so the number stays
 * taken and nobody else's shifts.
 */
export const challengePseudonyms = pgTable(
  "challenge_pseudonyms",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    primaryKey({ columns: [table.challengeId, table.number] }),
    unique("challenge_pseudonyms_user_key").on(table.challengeId, table.userId),
  ],
);
