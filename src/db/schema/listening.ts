// Tables of the listening pillar: projects, uploads and imports of mentions, the frame, corrections, rules, snapshots.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

export const mentionPolarityEnum = pgEnum("mention_polarity", ["positive", "neutral", "negative"]);
export const mentionImportStatusEnum = pgEnum("mention_import_status", [
  "queued",
  "running",
  "done",
  "failed",
  "cancelled",
]);
export const mentionImportKindEnum = pgEnum("mention_import_kind", ["file", "paste", "feed"]);

/** One query of the frame: a named brand (or competitor) and its keywords. */
export interface FrameQuery {
  name: string;
  query: string;
}
/** What the audit looks at: the brand, the competitor panel, sources, period and language. */
export interface ListeningFrame {
  brand: FrameQuery;
  competitors: FrameQuery[];
  /** Sources kept (empty: all). */
  sources: string[];
  /** Inclusive calendar days, YYYY-MM-DD, or null for unbounded. */
  periodStart: string | null;
  periodEnd: string | null;
  /** "auto" keeps every language. */
  language: "auto" | "fr" | "en" | "de";
}
/** Which upload column feeds which mention field; absent fields are left empty. */
export type ColumnMapping = Partial<
  Record<
    | "text"
    | "id"
    | "date"
    | "author"
    | "source"
    | "channel"
    | "url"
    | "reach"
    | "likes"
    | "shares"
    | "comments"
    | "language",
    string
  >
>;

/** A listening project: one organization's audit of what is said about it, inside a workspace. */
export const listeningProjects = pgTable(
  "listening_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The frame; null until the first one is saved (then every mention matches nothing). */
    frame: jsonb("frame").$type<ListeningFrame>(),
    /** The last column mapping used, proposed again at the next upload. */
    mapping: jsonb("mapping").$type<ColumnMapping>(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("listening_projects_workspace_idx").on(table.workspaceId)],
);

/** An uploaded or pasted file waiting for its mapping and import; its bytes are kept until the import is made. */
export const listeningUploads = pgTable("listening_uploads", {
  id: uuid("id").primaryKey().defaultRandom(),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  projectId: uuid("project_id")
    .notNull()
    .references(() => listeningProjects.id, { onDelete: "cascade" }),
  fileName: text("file_name").notNull(),
  /** csv, tsv, json, jsonl, feed or paste. */
  format: text("format").notNull(),
  content: bytea("content").notNull(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: at("created_at").notNull().defaultNow(),
});

/** A rejected row of an import: where and why. */
export interface RejectedRow {
  line: number;
  reason: string;
  field?: string;
}
/** A row skipped because its mention is already there. */
export interface SkippedRow {
  line: number;
  reason: "same-id" | "same-text";
}

/** One import of mentions into a project: a background job with progress and a final report. */
export const mentionImports = pgTable(
  "mention_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    uploadId: uuid("upload_id").references(() => listeningUploads.id, { onDelete: "set null" }),
    kind: mentionImportKindEnum("kind").notNull(),
    fileName: text("file_name").notNull(),
    mapping: jsonb("mapping").$type<ColumnMapping>().notNull(),
    status: mentionImportStatusEnum("status").notNull().default("queued"),
    /** Rows read so far and rows in the file (0 until known). */
    done: integer("done").notNull().default(0),
    total: integer("total").notNull().default(0),
    taken: integer("taken").notNull().default(0),
    duplicates: jsonb("duplicates").$type<SkippedRow[]>().notNull().default(sql`'[]'::jsonb`),
    rejected: jsonb("rejected").$type<RejectedRow[]>().notNull().default(sql`'[]'::jsonb`),
    /** Why a failed import failed, with its place in the file. */
    error: text("error"),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    finishedAt: at("finished_at"),
  },
  (table) => [index("mention_imports_project_idx").on(table.projectId, table.createdAt)],
);

/**
 * A mention: one post, article or comment about the organization or its competitors. `machine*` columns are the
 * engine's reading; `polarity`, `emotions`, `dimensions` and `relevant` are what the audit counts: the machine's
 * reading with rules and corrections applied (corrections win over rules, rules over the machine).
 */
export const mentions = pgTable(
  "mentions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    importId: uuid("import_id").references(() => mentionImports.id, { onDelete: "set null" }),
    /** The line of the import file it came from. */
    line: integer("line").notNull(),
    externalId: text("external_id"),
    /** sha1 of the normalized text (case, accents, spacing, links dropped): near-identical texts share it. */
    textHash: text("text_hash").notNull(),
    text: text("text").notNull(),
    publishedAt: at("published_at").notNull(),
    /** The UTC calendar day of `publishedAt`, the rollups' key. */
    day: date("day", { mode: "string" }).notNull(),
    author: text("author"),
    source: text("source").notNull().default(""),
    channel: text("channel").notNull().default(""),
    url: text("url"),
    reach: bigint("reach", { mode: "number" }).notNull().default(0),
    likes: integer("likes").notNull().default(0),
    shares: integer("shares").notNull().default(0),
    comments: integer("comments").notNull().default(0),
    language: text("language").notNull(),
    machinePolarity: mentionPolarityEnum("machine_polarity").notNull(),
    machineScore: real("machine_score").notNull(),
    machineEmotions: jsonb("machine_emotions").$type<Record<string, number>>().notNull(),
    machineDimensions: text("machine_dimensions").array().notNull(),
    topic: text("topic"),
    polarity: mentionPolarityEnum("polarity").notNull(),
    emotions: jsonb("emotions").$type<Record<string, number>>().notNull(),
    dimensions: text("dimensions").array().notNull(),
    relevant: boolean("relevant").notNull().default(true),
    /** Names of the frame's queries it matches (brand and competitors; several possible). */
    brands: text("brands").array().notNull().default(sql`'{}'::text[]`),
  },
  (table) => [
    uniqueIndex("mentions_external_id_idx")
      .on(table.projectId, table.externalId)
      .where(sql`${table.externalId} IS NOT NULL`),
    uniqueIndex("mentions_text_hash_idx").on(table.projectId, table.textHash),
    index("mentions_project_day_idx").on(table.projectId, table.day),
    index("mentions_brands_idx").using("gin", table.brands),
  ],
);

/** A person's correction of one mention; the latest values win and survive every re-analysis. */
export const mentionCorrections = pgTable(
  "mention_corrections",
  {
    mentionId: bigint("mention_id", { mode: "number" })
      .primaryKey()
      .references(() => mentions.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    polarity: mentionPolarityEnum("polarity"),
    emotions: text("emotions").array(),
    dimension: text("dimension"),
    relevant: boolean("relevant"),
    correctedBy: uuid("corrected_by").references(() => users.id, { onDelete: "set null" }),
    correctedAt: at("corrected_at").notNull().defaultNow(),
  },
  (table) => [index("mention_corrections_project_idx").on(table.projectId)],
);

/**
 * A rule applied to every mention containing `term` (in `source` when given): set its polarity, or mark it as not
 * about us (`relevant` false).
 */
export const listeningRules = pgTable(
  "listening_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    term: text("term").notNull(),
    source: text("source"),
    polarity: mentionPolarityEnum("polarity"),
    relevant: boolean("relevant"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [index("listening_rules_project_idx").on(table.projectId)],
);

/** A frozen audit: frame, versions and every figure, as JSON; never updated after it is written. */
export const listeningSnapshots = pgTable(
  "listening_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    frozenBy: uuid("frozen_by").references(() => users.id, { onDelete: "set null" }),
    frozenAt: at("frozen_at").notNull().defaultNow(),
  },
  (table) => [index("listening_snapshots_project_idx").on(table.projectId, table.frozenAt)],
);

/**
 * Daily rollups for the dashboard, rebuilt at import, frame change, rule and correction: counts of relevant mentions
 * per day, matched query (`brand`, '' for a mention matching none), channel, source and polarity.
 */
export const listeningDaily = pgTable(
  "listening_daily",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    brand: text("brand").notNull(),
    channel: text("channel").notNull(),
    source: text("source").notNull(),
    polarity: mentionPolarityEnum("polarity").notNull(),
    mentions: integer("mentions").notNull(),
    reach: bigint("reach", { mode: "number" }).notNull(),
    engagement: bigint("engagement", { mode: "number" }).notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.projectId, table.day, table.brand, table.channel, table.source, table.polarity],
    }),
  ],
);

/** Alerts already sent, one per project, kind and key (a spike's first day, a topic): never twice. */
export const listeningAlerts = pgTable(
  "listening_alerts",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    sentAt: at("sent_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.kind, table.key] })],
);
