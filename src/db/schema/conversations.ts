// Tables of a challenge's conversation: statements, participants with their Pol.is ids, votes and the last opinion map.
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges } from "./challenges.ts";
import { workspaces } from "./workspaces.ts";

/** shown: voted on and in the map; pending: waits for a moderator; rejected: moderated out. */
export const statementStatusEnum = pgEnum("statement_status", ["shown", "pending", "rejected"]);

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A short statement participants vote on. `number` is its small id within the challenge, from 0: the `comment-id`
 * of Pol.is exports. `authorId` is null for an imported statement, whose Pol.is author id is kept in `importedAuthor`.
 */
export const statements = pgTable(
  "statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    body: text("body").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    importedAuthor: text("imported_author"),
    status: statementStatusEnum("status").notNull(),
    moderatedBy: uuid("moderated_by").references(() => users.id, { onDelete: "set null" }),
    moderatedAt: at("moderated_at"),
    moderationReason: text("moderation_reason"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [
    unique("statements_challenge_number_key").on(table.challengeId, table.number),
    index("statements_workspace_idx").on(table.workspaceId),
  ],
);

/**
 * Someone who voted in a conversation: a member (`userId`) or an imported external voter (`externalId`, the Pol.is
 * voter-id of the import). `number` is the small id within the challenge, from 0: the pseudonymous `voter-id` of
 * exports, so exports never reveal who voted.
 */
export const conversationParticipants = pgTable(
  "conversation_participants",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    externalId: text("external_id"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.challengeId, table.number] }),
    unique("conversation_participants_user_key").on(table.challengeId, table.userId),
    unique("conversation_participants_external_key").on(table.challengeId, table.externalId),
  ],
);

/**
 * A participant's vote on a statement: 1 agree, -1 disagree, 0 pass. The primary key makes it one per participant
 * and statement: a changed vote replaces the old one (`updatedAt` says when).
 */
export const statementVotes = pgTable(
  "statement_votes",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id").notNull(),
    participant: integer("participant").notNull(),
    statement: integer("statement").notNull(),
    vote: smallint("vote").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.challengeId, table.participant, table.statement] }),
    foreignKey({
      name: "statement_votes_participant_fk",
      columns: [table.challengeId, table.participant],
      foreignColumns: [conversationParticipants.challengeId, conversationParticipants.number],
    }).onDelete("cascade"),
    foreignKey({
      name: "statement_votes_statement_fk",
      columns: [table.challengeId, table.statement],
      foreignColumns: [statements.challengeId, statements.number],
    }).onDelete("cascade"),
  ],
);

/** The last opinion map computed from a challenge's votes (see domain/conversations/recompute-opinion-map.ts). */
export const opinionMaps = pgTable("opinion_maps", {
  challengeId: uuid("challenge_id")
    .primaryKey()
    .references(() => challenges.id, { onDelete: "cascade" }),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  map: jsonb("map").notNull(),
  voteCount: integer("vote_count").notNull(),
  computedAt: at("computed_at").notNull(),
});
