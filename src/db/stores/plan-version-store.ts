// Queries of a plan's frozen versions and of its exports, opened for one workspace.
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { planExports, planVersions } from "../schema/plan-sessions.ts";

export type VersionRow = typeof planVersions.$inferSelect;
export type VersionSummary = Omit<VersionRow, "sections">;
export type ExportRow = typeof planExports.$inferSelect;
export type ExportSummary = Omit<ExportRow, "sections">;
export type ExportFormat = ExportRow["format"];

const summaryColumns = {
  id: planVersions.id,
  workspaceId: planVersions.workspaceId,
  planId: planVersions.planId,
  number: planVersions.number,
  sessionId: planVersions.sessionId,
  createdBy: planVersions.createdBy,
  createdAt: planVersions.createdAt,
};
const exportColumns = {
  id: planExports.id,
  workspaceId: planExports.workspaceId,
  planId: planExports.planId,
  format: planExports.format,
  withAnnex: planExports.withAnnex,
  createdBy: planExports.createdBy,
  createdAt: planExports.createdAt,
  deliveredAt: planExports.deliveredAt,
  deliveredBy: planExports.deliveredBy,
};

/** Opens the version store of one workspace; `db` may be a transaction. */
export function openPlanVersionStore(db: Db, workspaceId: string) {
  const ofPlan = (planId: string) =>
    and(eq(planVersions.planId, planId), eq(planVersions.workspaceId, workspaceId));
  return {
    /** The plan's versions, newest first, without their sections. */
    async versions(planId: string): Promise<VersionSummary[]> {
      return db
        .select(summaryColumns)
        .from(planVersions)
        .where(ofPlan(planId))
        .orderBy(desc(planVersions.number));
    },

    async version(planId: string, number: number): Promise<VersionRow | undefined> {
      const [row] = await db
        .select()
        .from(planVersions)
        .where(and(ofPlan(planId), eq(planVersions.number, number)));
      return row;
    },

    async latest(planId: string): Promise<VersionRow | undefined> {
      const [row] = await db
        .select()
        .from(planVersions)
        .where(ofPlan(planId))
        .orderBy(desc(planVersions.number))
        .limit(1);
      return row;
    },

    /**
     * Freezes `sections` as the plan's next version; the number is taken under a transaction-scoped advisory lock on
     * the plan, so two sessions closed at once get 1 and 2 rather than a unique-key failure.
     */
    async freeze(
      values: { planId: string; sessionId: string | null; sections: unknown[]; createdBy: string },
      at: Date,
    ): Promise<VersionRow> {
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`plan-version:${values.planId}`}))`);
      const [row] = await db
        .insert(planVersions)
        .values({
          ...values,
          workspaceId,
          createdAt: at,
          number: sql`(SELECT coalesce(max(number), 0) + 1 FROM plan_versions WHERE plan_id = ${values.planId})`,
        })
        .returning();
      if (!row) throw new Error("version insert returned nothing");
      return row;
    },

    async exports(planId: string): Promise<ExportSummary[]> {
      return db
        .select(exportColumns)
        .from(planExports)
        .where(and(eq(planExports.planId, planId), eq(planExports.workspaceId, workspaceId)))
        .orderBy(desc(planExports.createdAt));
    },

    async export(exportId: string, lock = false): Promise<ExportRow | undefined> {
      const query = db
        .select()
        .from(planExports)
        .where(and(eq(planExports.id, exportId), eq(planExports.workspaceId, workspaceId)));
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    /** The last export delivered to the client, with the sections it held. */
    async lastDelivered(planId: string): Promise<ExportRow | undefined> {
      const [row] = await db
        .select()
        .from(planExports)
        .where(
          and(
            eq(planExports.planId, planId),
            eq(planExports.workspaceId, workspaceId),
            isNotNull(planExports.deliveredAt),
          ),
        )
        .orderBy(desc(planExports.deliveredAt))
        .limit(1);
      return row;
    },

    async insertExport(
      values: {
        planId: string;
        format: ExportFormat;
        withAnnex: boolean;
        sections: unknown[];
        createdBy: string;
      },
      at: Date,
    ): Promise<ExportSummary> {
      const [row] = await db
        .insert(planExports)
        .values({ ...values, workspaceId, createdAt: at })
        .returning(exportColumns);
      if (!row) throw new Error("export insert returned nothing");
      return row;
    },

    async markDelivered(exportId: string, by: string, at: Date): Promise<ExportSummary> {
      const [row] = await db
        .update(planExports)
        .set({ deliveredAt: at, deliveredBy: by })
        .where(and(eq(planExports.id, exportId), eq(planExports.workspaceId, workspaceId)))
        .returning(exportColumns);
      if (!row) throw new Error("export update returned nothing");
      return row;
    },
  };
}

export type PlanVersionStore = ReturnType<typeof openPlanVersionStore>;
