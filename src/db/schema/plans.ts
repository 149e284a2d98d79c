// Tables of the co-edited communication plan: the plan, its Yjs state and update log, the readable copy of its
// sections, comments, section validations and uploaded images. The document model is in src/domain/plans/CONTEXT.md.
import {
  bigserial,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Raw bytes (a Yjs update or state), read and written as a Node Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * A communication plan of a workspace. Plans are the organization's private strategy worked out with its
 * consultant: owners, managers and guests (the client) read and co-edit them; participants and moderators, who are
 * the public's side, never see them (see `permissions.ts`).
 */
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** The language of its template and of its exports: "fr" or "en". */
    language: text("language").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("plans_workspace_idx").on(table.workspaceId, table.updatedAt)],
);

/** The merged Yjs state of a plan, up to (and including) the update log row `mergedUpTo`. */
export const planDocuments = pgTable("plan_documents", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  state: bytea("state").notNull(),
  mergedUpTo: integer("merged_up_to").notNull().default(0),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

/**
 * Append-only log of the Yjs updates received by any server process: the path by which processes exchange edits
 * (a NOTIFY carrying only the plan id rings the doorbell). Rows up to `plan_documents.merged_up_to` are folded into
 * the state and deleted by compaction.
 */
export const planUpdates = pgTable(
  "plan_updates",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** `update`: a document change, kept until compaction; `awareness`: a cursor or presence, read once. */
    kind: text("kind").notNull().default("update"),
    update: bytea("update").notNull(),
    /** The server process that received it, so it does not apply its own update twice. */
    origin: text("origin").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [index("plan_updates_plan_idx").on(table.planId, table.id)],
);

/** The readable copy of one section, rewritten from the Yjs state: for search, diff, versions and exports. */
export const planSections = pgTable(
  "plan_sections",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** The section's id inside the Yjs document (a random id, not a database key). */
    sectionId: text("section_id").notNull(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** Place in the plan; null when the section was removed (its text is kept). */
    position: integer("position"),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    /** The ProseMirror document JSON of the section's body. */
    content: text("content").notNull(),
    markdown: text("markdown").notNull(),
    text: text("text").notNull(),
    /** SHA-256 of title and content: a validated section whose hash changed was edited since. */
    hash: text("hash").notNull(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.sectionId] })],
);

/** A comment on a passage of a section (anchored by a `comment` mark carrying its id), with its replies. */
export const planComments = pgTable(
  "plan_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    sectionId: text("section_id").notNull(),
    /** The comment this one answers; null for the first of a thread. */
    parentId: uuid("parent_id"),
    /** The passage commented, as it read when the comment was written. */
    quote: text("quote").notNull().default(""),
    body: text("body").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    resolvedAt: at("resolved_at"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [index("plan_comments_plan_idx").on(table.planId, table.createdAt)],
);

/** The latest validation of a section: who, when, and the hash of the section's readable content at that moment. */
export const planSectionValidations = pgTable(
  "plan_section_validations",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    sectionId: text("section_id").notNull(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    hash: text("hash").notNull(),
    validatedBy: uuid("validated_by").references(() => users.id, { onDelete: "set null" }),
    validatedAt: at("validated_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.sectionId] })],
);

/** An image uploaded into a plan; the file sits under `<data>/plan-images/<id>`. */
export const planImages = pgTable("plan_images", {
  id: uuid("id").primaryKey().defaultRandom(),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  planId: uuid("plan_id")
    .notNull()
    .references(() => plans.id, { onDelete: "cascade" }),
  mediaType: text("media_type").notNull(),
  bytes: integer("bytes").notNull(),
  uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: at("created_at").notNull().defaultNow(),
});
