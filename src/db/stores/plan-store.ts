// Queries of plans opened for one workspace: plans, their Yjs state and update log, and the readable sections.
import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { planDocuments, planSections, planSectionValidations, plans, planUpdates } from "../schema/plans.ts";

export type PlanRow = typeof plans.$inferSelect;
export type PlanSectionRow = typeof planSections.$inferSelect;
export type PlanValidationRow = typeof planSectionValidations.$inferSelect;

/** The NOTIFY channel that rings when a plan's update log grows; the payload is only `<planId>:<rowId>`. */
export const planUpdateChannel = "cocrea_plan_updates";

/** A section of the readable copy, as written from the Yjs state. */
export type ReadableSection = Pick<
  PlanSectionRow,
  "sectionId" | "position" | "title" | "kind" | "content" | "markdown" | "text" | "hash"
>;

/** Opens the plan store of one workspace; `db` may be a transaction. */
export function openPlanStore(db: Db, workspaceId: string) {
  const inWorkspace = (planId: string) => and(eq(plans.id, planId), eq(plans.workspaceId, workspaceId));
  return {
    workspaceId,

    async list(): Promise<PlanRow[]> {
      return db.select().from(plans).where(eq(plans.workspaceId, workspaceId)).orderBy(desc(plans.updatedAt));
    },

    async plan(planId: string): Promise<PlanRow | undefined> {
      const [row] = await db.select().from(plans).where(inWorkspace(planId));
      return row;
    },

    async insert(values: {
      title: string;
      language: string;
      createdBy: string;
      state: Buffer;
    }): Promise<PlanRow> {
      const [row] = await db
        .insert(plans)
        .values({ workspaceId, title: values.title, language: values.language, createdBy: values.createdBy })
        .returning();
      if (!row) throw new Error("plan insert returned nothing");
      await db.insert(planDocuments).values({ planId: row.id, workspaceId, state: values.state });
      return row;
    },

    async rename(planId: string, title: string, now: Date): Promise<PlanRow | undefined> {
      const [row] = await db
        .update(plans)
        .set({ title, updatedAt: now })
        .where(inWorkspace(planId))
        .returning();
      return row;
    },

    async remove(planId: string): Promise<boolean> {
      const rows = await db.delete(plans).where(inWorkspace(planId)).returning({ id: plans.id });
      return rows.length > 0;
    },

    /**
     * The stored state and every update logged after it (document updates only), to rebuild the live document; the
     * plan row is locked when `lock` (compaction), so two processes do not fold the same rows at once.
     */
    async documentOf(
      planId: string,
      lock = false,
    ): Promise<{ state: Buffer; updates: Array<{ id: number; update: Buffer }> } | undefined> {
      const query = db
        .select({ state: planDocuments.state })
        .from(planDocuments)
        .where(and(eq(planDocuments.planId, planId), eq(planDocuments.workspaceId, workspaceId)));
      const [document] = lock ? await query.for("update") : await query;
      if (!document) return undefined;
      const updates = await db
        .select({ id: planUpdates.id, update: planUpdates.update })
        .from(planUpdates)
        .where(and(eq(planUpdates.planId, planId), eq(planUpdates.kind, "update")))
        .orderBy(asc(planUpdates.id));
      return { state: document.state, updates };
    },

    /** Appends an update (or an awareness change) to the log and rings the doorbell on commit. */
    async appendUpdate(
      planId: string,
      kind: "update" | "awareness",
      update: Buffer,
      origin: string,
    ): Promise<number> {
      const result = await db.execute<{ id: string }>(sql`
        WITH inserted AS (
          INSERT INTO plan_updates (plan_id, kind, update, origin)
          SELECT ${planId}, ${kind}, ${update}, ${origin}
          WHERE EXISTS (SELECT 1 FROM plans WHERE id = ${planId} AND workspace_id = ${workspaceId})
          RETURNING id
        )
        SELECT id, pg_notify(${planUpdateChannel}, ${planId} || ':' || id) FROM inserted`);
      const id = result.rows[0]?.id;
      if (id === undefined) throw new Error(`plan ${planId} is not in workspace ${workspaceId}`);
      return Number(id);
    },

    /** Log rows by id (those a doorbell rang for), written by other processes. */
    async updatesByIds(
      planId: string,
      ids: readonly number[],
      notFrom: string,
    ): Promise<Array<{ id: number; kind: string; update: Buffer }>> {
      if (ids.length === 0) return [];
      const rows = await db
        .select({
          id: planUpdates.id,
          kind: planUpdates.kind,
          update: planUpdates.update,
          origin: planUpdates.origin,
        })
        .from(planUpdates)
        .where(and(eq(planUpdates.planId, planId), inArray(planUpdates.id, [...ids])))
        .orderBy(asc(planUpdates.id));
      return rows.filter((row) => row.origin !== notFrom);
    },

    /**
     * Stores the merged state, deletes exactly the log rows it folds in (plus awareness rows, read once) and rewrites
     * the readable copy: sections present take their position, others keep their text with a null position.
     */
    async saveDocument(
      planId: string,
      state: Buffer,
      folded: readonly number[],
      sections: readonly ReadableSection[],
      now: Date,
    ): Promise<void> {
      await db
        .update(planDocuments)
        .set({ state, updatedAt: now })
        .where(and(eq(planDocuments.planId, planId), eq(planDocuments.workspaceId, workspaceId)));
      if (folded.length > 0) await db.delete(planUpdates).where(inArray(planUpdates.id, [...folded]));
      await db.execute(
        sql`DELETE FROM plan_updates WHERE plan_id = ${planId} AND kind = 'awareness' AND created_at < ${now}::timestamptz - interval '1 minute'`,
      );
      const existing = await db
        .select({
          sectionId: planSections.sectionId,
          hash: planSections.hash,
          position: planSections.position,
        })
        .from(planSections)
        .where(eq(planSections.planId, planId));
      const known = new Map(existing.map((row) => [row.sectionId, row]));
      let changed = false;
      for (const section of sections) {
        const before = known.get(section.sectionId);
        known.delete(section.sectionId);
        if (before && before.hash === section.hash && before.position === section.position) continue;
        changed = true;
        await db
          .insert(planSections)
          .values({ ...section, planId, workspaceId, updatedAt: now })
          .onConflictDoUpdate({
            target: [planSections.planId, planSections.sectionId],
            set: { ...section, updatedAt: now },
          });
      }
      const gone = [...known.values()].filter((row) => row.position !== null).map((row) => row.sectionId);
      if (gone.length > 0) {
        changed = true;
        await db
          .update(planSections)
          .set({ position: null, updatedAt: now })
          .where(and(eq(planSections.planId, planId), inArray(planSections.sectionId, gone)));
      }
      if (changed) await db.update(plans).set({ updatedAt: now }).where(inWorkspace(planId));
    },

    /** The readable copy of the plan's sections in reading order; removed ones when `removed`. */
    async sections(planId: string, removed = false): Promise<PlanSectionRow[]> {
      return db
        .select()
        .from(planSections)
        .where(
          and(
            eq(planSections.planId, planId),
            eq(planSections.workspaceId, workspaceId),
            removed ? undefined : isNotNull(planSections.position),
          ),
        )
        .orderBy(asc(planSections.position));
    },

    async validations(planId: string): Promise<PlanValidationRow[]> {
      return db
        .select()
        .from(planSectionValidations)
        .where(
          and(eq(planSectionValidations.planId, planId), eq(planSectionValidations.workspaceId, workspaceId)),
        );
    },

    async validate(
      planId: string,
      sectionId: string,
      hash: string,
      userId: string,
      now: Date,
    ): Promise<void> {
      const values = { planId, sectionId, workspaceId, hash, validatedBy: userId, validatedAt: now };
      await db
        .insert(planSectionValidations)
        .values(values)
        .onConflictDoUpdate({
          target: [planSectionValidations.planId, planSectionValidations.sectionId],
          set: { hash, validatedBy: userId, validatedAt: now },
        });
    },

    async unvalidate(planId: string, sectionId: string): Promise<void> {
      await db
        .delete(planSectionValidations)
        .where(
          and(
            eq(planSectionValidations.planId, planId),
            eq(planSectionValidations.sectionId, sectionId),
            eq(planSectionValidations.workspaceId, workspaceId),
          ),
        );
    },
  };
}

export type PlanStore = ReturnType<typeof openPlanStore>;
