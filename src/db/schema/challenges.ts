// Tables of challenges: the brief and timeline, ideas, comment threads, reactions, supports, follows and activity.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { workspaces } from "./workspaces.ts";

export const challengeStatusEnum = pgEnum("challenge_status", ["draft", "published"]);
export const challengeAudienceEnum = pgEnum("challenge_audience", ["members", "public"]);
export const ideaStatusEnum = pgEnum("idea_status", ["published", "withdrawn"]);
/** What became of an idea, said by the project manager: kept for action, under study, or not kept (and why). */
export const ideaOutcomeEnum = pgEnum("idea_outcome", ["retained", "studied", "not-retained"]);
export const emotionEnum = pgEnum("emotion", ["love", "inspired", "surprised", "worried", "angry"]);
export const activityKindEnum = pgEnum("activity_kind", [
  "idea-submitted",
  "idea-withdrawn",
  "comment-posted",
  "support-received",
  "support-withdrawn",
  "official-recognition",
]);

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A time-boxed question an organization asks its public, with its brief and the dates of its phases. */
export const challenges = pgTable(
  "challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    question: text("question").notNull(),
    benefit: text("benefit").notNull(),
    rules: text("rules").notNull().default(""),
    coverImageUrl: text("cover_image_url"),
    audience: challengeAudienceEnum("audience").notNull().default("members"),
    allowAnonymous: boolean("allow_anonymous").notNull().default(false),
    categories: jsonb("categories").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    managerName: text("manager_name").notNull(),
    managerText: text("manager_text").notNull().default(""),
    managerMediaUrl: text("manager_media_url"),
    participationGoal: integer("participation_goal"),
    leaderboard: boolean("leaderboard").notNull().default(true),
    /** Set for a contest: what the winners receive, stated plainly; null for a plain ideation challenge. */
    contestPrize: text("contest_prize"),
    /** The challenge holds a conversation of statements voted agree / disagree / pass (see conversations.ts). */
    conversation: boolean("conversation").notNull().default(false),
    /** Participants' statements wait for a moderator before they are shown. */
    statementModeration: boolean("statement_moderation").notNull().default(false),
    status: challengeStatusEnum("status").notNull().default("draft"),
    announcementAt: at("announcement_at").notNull(),
    contributionsOpenAt: at("contributions_open_at").notNull(),
    contributionsCloseAt: at("contributions_close_at").notNull(),
    votingCloseAt: at("voting_close_at").notNull(),
    synthesisCloseAt: at("synthesis_close_at").notNull(),
    /** The project manager's report to participants ("you said, we do"); seen by them once published. */
    debriefText: text("debrief_text"),
    debriefMediaUrl: text("debrief_media_url"),
    debriefPublishedAt: at("debrief_published_at"),
    /** The last phase whose start participants were told of; the phase scheduler claims a change by updating it. */
    lastAnnouncedPhase: text("last_announced_phase"),
    /** Paused by a manager: nothing is written to it until resumed; readers see it paused. */
    pausedAt: at("paused_at"),
    /** Archived by a manager: read-only and out of the lists, until unarchived. */
    archivedAt: at("archived_at"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("challenges_workspace_idx").on(table.workspaceId)],
);

/** A participant's answer to a challenge; `supportCount` is kept in step with `supports` in the same transaction. */
export const ideas = pgTable(
  "ideas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    category: text("category"),
    imageUrl: text("image_url"),
    status: ideaStatusEnum("status").notNull().default("published"),
    supportCount: integer("support_count").notNull().default(0),
    firstOfficialAnswerAt: at("first_official_answer_at"),
    outcome: ideaOutcomeEnum("outcome"),
    outcomeNote: text("outcome_note"),
    outcomeAt: at("outcome_at"),
    /** Hidden by moderation: out of everyone's sight but its author's and the moderators', with the reason. */
    hiddenAt: at("hidden_at"),
    hiddenBy: uuid("hidden_by").references(() => users.id, { onDelete: "set null" }),
    hiddenReason: text("hidden_reason"),
    /** Held for review (a held word): hidden until a moderator releases or hides it; unannounced until released. */
    heldAt: at("held_at"),
    /** In a contest, the distinction the jury gave the idea ("Premier prix"). */
    award: text("award"),
    awardedAt: at("awarded_at"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    withdrawnAt: at("withdrawn_at"),
  },
  (table) => [
    index("ideas_workspace_idx").on(table.workspaceId),
    index("ideas_challenge_idx").on(table.challengeId, table.createdAt),
  ],
);

/** A comment on an idea, possibly answering another; `official` when written by the challenge's managers. */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    official: boolean("official").notNull().default(false),
    /** Hidden by moderation: the thread keeps its place, others see that it was hidden and why. */
    hiddenAt: at("hidden_at"),
    hiddenBy: uuid("hidden_by").references(() => users.id, { onDelete: "set null" }),
    hiddenReason: text("hidden_reason"),
    /** Held for review (a held word): hidden until a moderator releases or hides it; unannounced until released. */
    heldAt: at("held_at"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [index("comments_idea_idx").on(table.ideaId, table.createdAt)],
);

/** One emotion of one person on one idea; toggled on and off. */
export const reactions = pgTable(
  "reactions",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    emotion: emotionEnum("emotion").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.ideaId, table.userId, table.emotion] })],
);

/** A participant's support of an idea: at most one per person and idea (the primary key makes it so). */
export const supports = pgTable(
  "supports",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.ideaId, table.userId] })],
);

/** Someone who wants to hear what becomes of an idea. */
export const follows = pgTable(
  "follows",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.ideaId, table.userId] })],
);

/** People who asked not to appear on a challenge's leaderboard: they still earn points, others no longer see them. */
export const leaderboardOptOuts = pgTable(
  "leaderboard_opt_outs",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.challengeId, table.userId] })],
);

/** Append-only log of contribution acts; points are computed from it, never stored. */
export const activity = pgTable(
  "activity",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    /** Who earns (or loses) the points: the author for supports received and recognition. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: activityKindEnum("kind").notNull(),
    /** The idea or comment the act is about. */
    subjectId: uuid("subject_id").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [index("activity_challenge_idx").on(table.challengeId, table.createdAt)],
);

export const flagSubjectEnum = pgEnum("flag_subject", ["idea", "comment", "statement"]);
export const moderationActEnum = pgEnum("moderation_act", [
  "hide",
  "restore",
  "release",
  "dismiss-flags",
  "block",
  "unblock",
]);

/** Someone's report that an idea or a comment breaks the rules: at most one per person and item. */
export const flags = pgTable(
  "flags",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    subject: flagSubjectEnum("subject").notNull(),
    /** The idea or comment flagged. */
    subjectId: uuid("subject_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.subjectId, table.userId] }),
    index("flags_workspace_idx").on(table.workspaceId),
  ],
);

/** Append-only record of every moderation act: who did what, to which item or member, why and when. */
export const moderationLog = pgTable(
  "moderation_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    act: moderationActEnum("act").notNull(),
    subject: flagSubjectEnum("subject"),
    subjectId: uuid("subject_id"),
    memberId: uuid("member_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [index("moderation_log_workspace_idx").on(table.workspaceId, table.createdAt)],
);
