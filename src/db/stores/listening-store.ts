// Queries of the listening pillar opened for one workspace: projects, uploads, imports, mentions, corrections, rules.
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import {
  type ColumnMapping,
  type ListeningFrame,
  listeningProjects,
  listeningRules,
  listeningSnapshots,
  listeningUploads,
  mentionCorrections,
  mentionImports,
  mentions,
} from "../schema/listening.ts";

export type ListeningProjectRow = typeof listeningProjects.$inferSelect;
export type MentionImportRow = typeof mentionImports.$inferSelect;
export type MentionRow = typeof mentions.$inferSelect;
export type NewMention = Omit<typeof mentions.$inferInsert, "id" | "workspaceId" | "projectId">;
export type ListeningRuleRow = typeof listeningRules.$inferSelect;
export type ListeningSnapshotRow = typeof listeningSnapshots.$inferSelect;
export type MentionCorrectionRow = typeof mentionCorrections.$inferSelect;

/** Mentions per INSERT statement (one JSON parameter each). */
const insertBatch = 5_000;

/** Opens the listening store of one workspace; `db` may be a transaction. */
export function openListeningStore(db: Db, workspaceId: string) {
  const inWorkspace = eq(listeningProjects.workspaceId, workspaceId);
  return {
    async projects(): Promise<ListeningProjectRow[]> {
      return db
        .select()
        .from(listeningProjects)
        .where(inWorkspace)
        .orderBy(desc(listeningProjects.createdAt));
    },

    async project(projectId: string, lock = false): Promise<ListeningProjectRow | undefined> {
      const query = db
        .select()
        .from(listeningProjects)
        .where(and(inWorkspace, eq(listeningProjects.id, projectId)));
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    async createProject(values: { name: string; frame: ListeningFrame | null; createdBy: string }) {
      const [row] = await db
        .insert(listeningProjects)
        .values({ workspaceId, ...values })
        .returning();
      if (!row) throw new Error("listening project not inserted");
      return row;
    },

    async updateProject(
      projectId: string,
      values: Partial<{ name: string; frame: ListeningFrame; mapping: ColumnMapping }>,
      at: Date,
    ) {
      await db
        .update(listeningProjects)
        .set({ ...values, updatedAt: at })
        .where(and(inWorkspace, eq(listeningProjects.id, projectId)));
    },

    async addUpload(values: {
      projectId: string;
      fileName: string;
      format: string;
      content: Buffer;
      createdBy: string;
    }) {
      const [row] = await db
        .insert(listeningUploads)
        .values({ workspaceId, ...values })
        .returning({ id: listeningUploads.id });
      if (!row) throw new Error("upload not inserted");
      return row.id;
    },

    async upload(projectId: string, uploadId: string) {
      const [row] = await db
        .select()
        .from(listeningUploads)
        .where(
          and(
            eq(listeningUploads.workspaceId, workspaceId),
            eq(listeningUploads.projectId, projectId),
            eq(listeningUploads.id, uploadId),
          ),
        );
      return row;
    },

    /** Drops an upload's bytes once its import is stored (the import keeps its name and report). */
    async deleteUpload(uploadId: string): Promise<void> {
      await db
        .delete(listeningUploads)
        .where(and(eq(listeningUploads.workspaceId, workspaceId), eq(listeningUploads.id, uploadId)));
    },

    async createImport(values: {
      projectId: string;
      uploadId: string;
      kind: MentionImportRow["kind"];
      fileName: string;
      mapping: ColumnMapping;
      createdBy: string;
    }): Promise<MentionImportRow> {
      const [row] = await db
        .insert(mentionImports)
        .values({ workspaceId, ...values })
        .returning();
      if (!row) throw new Error("import not inserted");
      return row;
    },

    async import(importId: string): Promise<MentionImportRow | undefined> {
      const [row] = await db
        .select()
        .from(mentionImports)
        .where(and(eq(mentionImports.workspaceId, workspaceId), eq(mentionImports.id, importId)));
      return row;
    },

    async imports(projectId: string): Promise<MentionImportRow[]> {
      return db
        .select()
        .from(mentionImports)
        .where(and(eq(mentionImports.workspaceId, workspaceId), eq(mentionImports.projectId, projectId)))
        .orderBy(desc(mentionImports.createdAt))
        .limit(50);
    },

    async updateImport(importId: string, values: Partial<Omit<MentionImportRow, "id" | "workspaceId">>) {
      await db
        .update(mentionImports)
        .set(values)
        .where(and(eq(mentionImports.workspaceId, workspaceId), eq(mentionImports.id, importId)));
    },

    /** Of these external ids and text hashes, those already in the project. */
    async existing(projectId: string, externalIds: string[], textHashes: string[]) {
      const ids = new Set<string>();
      const hashes = new Set<string>();
      if (externalIds.length > 0) {
        const rows = await db.execute<{ external_id: string }>(sql`
          SELECT external_id FROM mentions WHERE project_id = ${projectId}
            AND external_id = ANY(${sql.param(externalIds)}::text[])`);
        for (const row of rows.rows) ids.add(row.external_id);
      }
      if (textHashes.length > 0) {
        const rows = await db.execute<{ text_hash: string }>(sql`
          SELECT text_hash FROM mentions WHERE project_id = ${projectId}
            AND text_hash = ANY(${sql.param(textHashes)}::text[])`);
        for (const row of rows.rows) hashes.add(row.text_hash);
      }
      return { ids, hashes };
    },

    /**
     * Inserts mentions in batches, each one statement reading a JSON array (far faster than a many-valued INSERT);
     * the caller's transaction makes them all or nothing.
     */
    async insertMentions(projectId: string, rows: readonly NewMention[]): Promise<void> {
      for (let i = 0; i < rows.length; i += insertBatch) {
        const batch = JSON.stringify(
          rows.slice(i, i + insertBatch).map((m) => ({
            ...m,
            publishedAt: m.publishedAt instanceof Date ? m.publishedAt.toISOString() : m.publishedAt,
          })),
        );
        await db.execute(sql`
          INSERT INTO mentions (workspace_id, project_id, import_id, line, external_id, text_hash, text, published_at,
            day, author, source, channel, url, reach, likes, shares, comments, language, machine_polarity,
            machine_score, machine_emotions, machine_dimensions, topic, polarity, emotions, dimensions, relevant, brands)
          SELECT ${workspaceId}, ${projectId}, r."importId", r.line, r."externalId", r."textHash", r.text,
            r."publishedAt", r.day, r.author, coalesce(r.source, ''), coalesce(r.channel, ''), r.url,
            coalesce(r.reach, 0), coalesce(r.likes, 0), coalesce(r.shares, 0), coalesce(r.comments, 0), r.language,
            r."machinePolarity", r."machineScore", r."machineEmotions",
            ARRAY(SELECT jsonb_array_elements_text(r."machineDimensions")), r.topic, r.polarity, r.emotions,
            ARRAY(SELECT jsonb_array_elements_text(r.dimensions)), coalesce(r.relevant, true),
            ARRAY(SELECT jsonb_array_elements_text(coalesce(r.brands, '[]'::jsonb)))
          FROM jsonb_to_recordset(${batch}::jsonb) AS r(
            "importId" uuid, line int, "externalId" text, "textHash" text, text text, "publishedAt" timestamptz,
            day date, author text, source text, channel text, url text, reach bigint, likes int, shares int,
            comments int, language text, "machinePolarity" mention_polarity, "machineScore" real,
            "machineEmotions" jsonb, "machineDimensions" jsonb, topic text, polarity mention_polarity,
            emotions jsonb, dimensions jsonb, relevant boolean, brands jsonb)`);
      }
    },

    async mention(projectId: string, mentionId: number): Promise<MentionRow | undefined> {
      const [row] = await db
        .select()
        .from(mentions)
        .where(
          and(
            eq(mentions.workspaceId, workspaceId),
            eq(mentions.projectId, projectId),
            eq(mentions.id, mentionId),
          ),
        );
      return row;
    },

    /** Every mention's id, text and scope fields, for matching a frame (ids ascending). */
    async mentionTexts(projectId: string) {
      return db
        .select({
          id: mentions.id,
          text: mentions.text,
          source: mentions.source,
          language: mentions.language,
          day: mentions.day,
        })
        .from(mentions)
        .where(and(eq(mentions.workspaceId, workspaceId), eq(mentions.projectId, projectId)))
        .orderBy(mentions.id);
    },

    /** Sets each mention's matched queries in one statement per batch. */
    async setBrands(projectId: string, ids: readonly number[], brands: readonly string[][]): Promise<void> {
      for (let i = 0; i < ids.length; i += 10_000) {
        const part = ids.slice(i, i + 10_000);
        const json = JSON.stringify(brands.slice(i, i + 10_000));
        await db.execute(sql`
          UPDATE mentions m SET brands = ARRAY(SELECT jsonb_array_elements_text(b.brands))
          FROM (SELECT unnest(${sql.param(part)}::bigint[]) AS id,
                       jsonb_array_elements(${json}::jsonb) AS brands) b
          WHERE m.id = b.id AND m.project_id = ${projectId} AND m.workspace_id = ${workspaceId}`);
      }
    },

    async saveCorrection(
      projectId: string,
      mentionIds: readonly number[],
      values: Partial<Pick<MentionCorrectionRow, "polarity" | "emotions" | "dimension" | "relevant">>,
      by: string,
      at: Date,
    ): Promise<number> {
      if (mentionIds.length === 0) return 0;
      const set = {
        ...(values.polarity !== undefined ? { polarity: values.polarity } : {}),
        ...(values.emotions !== undefined ? { emotions: values.emotions } : {}),
        ...(values.dimension !== undefined ? { dimension: values.dimension } : {}),
        ...(values.relevant !== undefined ? { relevant: values.relevant } : {}),
        correctedBy: by,
        correctedAt: at,
      };
      const owned = await db
        .select({ id: mentions.id })
        .from(mentions)
        .where(
          and(
            eq(mentions.workspaceId, workspaceId),
            eq(mentions.projectId, projectId),
            inArray(mentions.id, [...mentionIds]),
          ),
        );
      if (owned.length === 0) return 0;
      await db
        .insert(mentionCorrections)
        .values(owned.map(({ id }) => ({ mentionId: id, workspaceId, projectId, ...set })))
        .onConflictDoUpdate({ target: mentionCorrections.mentionId, set });
      return owned.length;
    },

    /**
     * Recomputes what the audit counts from the machine's reading, the rules (latest first) and the corrections
     * (which win), for the given mentions or the whole project.
     */
    async applyReadings(
      projectId: string,
      only: { mentionIds?: readonly number[]; importId?: string } = {},
    ): Promise<void> {
      const scope = only.mentionIds
        ? sql`AND m.id = ANY(${sql.param([...only.mentionIds])}::bigint[])`
        : only.importId
          ? sql`AND m.import_id = ${only.importId}`
          : sql``;
      const rule = (column: SQL) => sql`(
        SELECT ${column} FROM listening_rules r
        WHERE r.project_id = m.project_id AND ${column} IS NOT NULL
          AND position(lower(r.term) IN lower(m.text)) > 0 AND (r.source IS NULL OR r.source = m.source)
        ORDER BY r.created_at DESC LIMIT 1)`;
      const corrected = (column: SQL) =>
        sql`(SELECT ${column} FROM mention_corrections c WHERE c.mention_id = m.id)`;
      // Only rows whose counted reading changes are written (a rule touches few of a million mentions).
      await db.execute(sql`
        WITH readings AS (
          SELECT m.id,
            coalesce(${corrected(sql`c.polarity`)}, ${rule(sql`r.polarity`)}, m.machine_polarity) AS polarity,
            coalesce(${corrected(sql`c.relevant`)}, ${rule(sql`r.relevant`)}, true) AS relevant,
            coalesce(
              (SELECT (SELECT coalesce(jsonb_object_agg(e, 1), '{}'::jsonb) FROM unnest(c.emotions) e)
               FROM mention_corrections c WHERE c.mention_id = m.id AND c.emotions IS NOT NULL),
              m.machine_emotions) AS emotions,
            coalesce(
              (SELECT ARRAY[c.dimension] FROM mention_corrections c WHERE c.mention_id = m.id AND c.dimension IS NOT NULL),
              m.machine_dimensions) AS dimensions
          FROM mentions m
          WHERE m.project_id = ${projectId} AND m.workspace_id = ${workspaceId} ${scope})
        UPDATE mentions m SET polarity = x.polarity, relevant = x.relevant, emotions = x.emotions, dimensions = x.dimensions
        FROM readings x
        WHERE m.id = x.id AND (m.polarity, m.relevant, m.emotions, m.dimensions)
          IS DISTINCT FROM (x.polarity, x.relevant, x.emotions, x.dimensions)`);
    },

    async corrections(projectId: string) {
      const rows = await db.execute<{
        corrections: number;
        polarity_labels: number;
        polarity_agreed: number;
      }>(sql`
        SELECT count(*)::int AS corrections,
          count(c.polarity)::int AS polarity_labels,
          count(*) FILTER (WHERE c.polarity = m.machine_polarity)::int AS polarity_agreed
        FROM mention_corrections c JOIN mentions m ON m.id = c.mention_id
        WHERE c.project_id = ${projectId} AND c.workspace_id = ${workspaceId}`);
      return rows.rows[0] ?? { corrections: 0, polarity_labels: 0, polarity_agreed: 0 };
    },

    async rules(projectId: string): Promise<ListeningRuleRow[]> {
      return db
        .select()
        .from(listeningRules)
        .where(and(eq(listeningRules.workspaceId, workspaceId), eq(listeningRules.projectId, projectId)))
        .orderBy(desc(listeningRules.createdAt));
    },

    async addRule(values: Omit<typeof listeningRules.$inferInsert, "id" | "workspaceId" | "createdAt">) {
      const [row] = await db
        .insert(listeningRules)
        .values({ workspaceId, ...values })
        .returning();
      if (!row) throw new Error("rule not inserted");
      return row;
    },

    async deleteRule(projectId: string, ruleId: string): Promise<boolean> {
      const rows = await db
        .delete(listeningRules)
        .where(
          and(
            eq(listeningRules.workspaceId, workspaceId),
            eq(listeningRules.projectId, projectId),
            eq(listeningRules.id, ruleId),
          ),
        )
        .returning({ id: listeningRules.id });
      return rows.length > 0;
    },

    async addSnapshot(values: {
      projectId: string;
      name: string;
      content: Record<string, unknown>;
      frozenBy: string;
      frozenAt: Date;
    }) {
      const [row] = await db
        .insert(listeningSnapshots)
        .values({ workspaceId, ...values })
        .returning();
      if (!row) throw new Error("snapshot not inserted");
      return row;
    },

    async snapshots(projectId: string) {
      return db
        .select({
          id: listeningSnapshots.id,
          name: listeningSnapshots.name,
          frozenAt: listeningSnapshots.frozenAt,
        })
        .from(listeningSnapshots)
        .where(
          and(eq(listeningSnapshots.workspaceId, workspaceId), eq(listeningSnapshots.projectId, projectId)),
        )
        .orderBy(desc(listeningSnapshots.frozenAt));
    },

    async snapshot(projectId: string, snapshotId: string): Promise<ListeningSnapshotRow | undefined> {
      const [row] = await db
        .select()
        .from(listeningSnapshots)
        .where(
          and(
            eq(listeningSnapshots.workspaceId, workspaceId),
            eq(listeningSnapshots.projectId, projectId),
            eq(listeningSnapshots.id, snapshotId),
          ),
        );
      return row;
    },
  };
}

export type ListeningStore = ReturnType<typeof openListeningStore>;
