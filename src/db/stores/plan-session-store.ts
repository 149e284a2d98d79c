// Queries of a plan's working sessions opened for one workspace: sessions, attendees, agenda and what they record.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import {
  planAgendaItems,
  planDecisions,
  planDeliverables,
  planPaths,
  planSessionAttendees,
  planSessions,
  planUrgentNeeds,
} from "../schema/plan-sessions.ts";
import { memberships } from "../schema/workspaces.ts";

export type SessionRow = typeof planSessions.$inferSelect;
export type DecisionRow = typeof planDecisions.$inferSelect;
export type PathRow = typeof planPaths.$inferSelect;
export type NeedRow = typeof planUrgentNeeds.$inferSelect;
export type DeliverableRow = Omit<typeof planDeliverables.$inferSelect, "file">;
export type DeliverableStatus = DeliverableRow["status"];
export type PathStatus = PathRow["status"];
export type AgendaItem = { title: string; durationMinutes: number };

/** Everything a plan's sessions recorded, for the session panel, the annex of exports and the history. */
export interface SessionRecords {
  sessions: SessionRow[];
  attendees: Array<{ sessionId: string; userId: string; name: string }>;
  agenda: Array<{ sessionId: string; position: number; title: string; durationMinutes: number }>;
  decisions: Array<DecisionRow & { carriedByName: string | null }>;
  paths: PathRow[];
  needs: NeedRow[];
  deliverables: DeliverableRow[];
}

const deliverableColumns = {
  id: planDeliverables.id,
  workspaceId: planDeliverables.workspaceId,
  planId: planDeliverables.planId,
  sessionId: planDeliverables.sessionId,
  title: planDeliverables.title,
  body: planDeliverables.body,
  fileName: planDeliverables.fileName,
  mediaType: planDeliverables.mediaType,
  status: planDeliverables.status,
  statusNote: planDeliverables.statusNote,
  statusBy: planDeliverables.statusBy,
  createdBy: planDeliverables.createdBy,
  createdAt: planDeliverables.createdAt,
  updatedAt: planDeliverables.updatedAt,
};

/** Opens the session store of one workspace; `db` may be a transaction. */
export function openPlanSessionStore(db: Db, workspaceId: string) {
  const insertOne = async <T>(rows: T[]): Promise<T> => {
    const [row] = rows;
    if (!row) throw new Error("insert returned nothing");
    return row;
  };
  return {
    /** The roles of those of `userIds` who are members of the workspace. */
    async rolesOf(userIds: readonly string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .select({ userId: memberships.userId, role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, [...userIds])));
      return new Map(rows.map((row) => [row.userId, row.role]));
    },

    async session(sessionId: string, lock = false): Promise<SessionRow | undefined> {
      const query = db
        .select()
        .from(planSessions)
        .where(and(eq(planSessions.id, sessionId), eq(planSessions.workspaceId, workspaceId)));
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    async insertSession(values: {
      planId: string;
      title: string;
      scheduledAt: Date;
      createdBy: string;
      at: Date;
    }): Promise<SessionRow> {
      const { at, ...rest } = values;
      return insertOne(
        await db
          .insert(planSessions)
          .values({ ...rest, workspaceId, createdAt: at })
          .returning(),
      );
    },

    async updateSession(
      sessionId: string,
      values: Partial<
        Pick<SessionRow, "title" | "scheduledAt" | "notes" | "status" | "closedAt" | "closedBy">
      >,
    ): Promise<SessionRow> {
      return insertOne(
        await db
          .update(planSessions)
          .set(values)
          .where(and(eq(planSessions.id, sessionId), eq(planSessions.workspaceId, workspaceId)))
          .returning(),
      );
    },

    async replaceAttendees(sessionId: string, userIds: readonly string[]): Promise<void> {
      await db.delete(planSessionAttendees).where(eq(planSessionAttendees.sessionId, sessionId));
      if (userIds.length === 0) return;
      await db
        .insert(planSessionAttendees)
        .values([...new Set(userIds)].map((userId) => ({ sessionId, userId, workspaceId })));
    },

    async replaceAgenda(sessionId: string, items: readonly AgendaItem[]): Promise<void> {
      await db.delete(planAgendaItems).where(eq(planAgendaItems.sessionId, sessionId));
      if (items.length === 0) return;
      await db
        .insert(planAgendaItems)
        .values(items.map((item, position) => ({ ...item, position, sessionId, workspaceId })));
    },

    /** Every session of the plan (oldest first) and everything they recorded, files left out. */
    async records(planId: string): Promise<SessionRecords> {
      const ofPlan = (table: { planId: AnyPgColumn; workspaceId: AnyPgColumn }) =>
        and(eq(table.planId, planId), eq(table.workspaceId, workspaceId));
      const sessions = await db
        .select()
        .from(planSessions)
        .where(ofPlan(planSessions))
        .orderBy(asc(planSessions.scheduledAt), asc(planSessions.createdAt));
      const ids = sessions.map((s) => s.id);
      if (ids.length === 0)
        return { sessions, attendees: [], agenda: [], decisions: [], paths: [], needs: [], deliverables: [] };
      const [attendees, agenda, decisions, paths, needs, deliverables] = await Promise.all([
        db
          .select({ sessionId: planSessionAttendees.sessionId, userId: users.id, name: users.name })
          .from(planSessionAttendees)
          .innerJoin(users, eq(users.id, planSessionAttendees.userId))
          .where(inArray(planSessionAttendees.sessionId, ids))
          .orderBy(asc(users.name)),
        db
          .select({
            sessionId: planAgendaItems.sessionId,
            position: planAgendaItems.position,
            title: planAgendaItems.title,
            durationMinutes: planAgendaItems.durationMinutes,
          })
          .from(planAgendaItems)
          .where(inArray(planAgendaItems.sessionId, ids))
          .orderBy(asc(planAgendaItems.position)),
        db
          .select({ decision: planDecisions, carriedByName: users.name })
          .from(planDecisions)
          .leftJoin(users, eq(users.id, planDecisions.carriedBy))
          .where(ofPlan(planDecisions))
          .orderBy(asc(planDecisions.createdAt)),
        db.select().from(planPaths).where(ofPlan(planPaths)).orderBy(asc(planPaths.createdAt)),
        db.select().from(planUrgentNeeds).where(ofPlan(planUrgentNeeds)).orderBy(asc(planUrgentNeeds.metOn)),
        db
          .select(deliverableColumns)
          .from(planDeliverables)
          .where(ofPlan(planDeliverables))
          .orderBy(asc(planDeliverables.createdAt)),
      ]);
      return {
        sessions,
        attendees,
        agenda,
        decisions: decisions.map((row) => ({ ...row.decision, carriedByName: row.carriedByName })),
        paths,
        needs,
        deliverables,
      };
    },

    async insertDecision(
      values: Pick<
        DecisionRow,
        | "planId"
        | "sessionId"
        | "statement"
        | "options"
        | "chosenOption"
        | "carriedBy"
        | "reviewOn"
        | "createdBy"
      >,
      at: Date,
    ): Promise<DecisionRow> {
      return insertOne(
        await db
          .insert(planDecisions)
          .values({ ...values, workspaceId, createdAt: at })
          .returning(),
      );
    },

    async path(pathId: string, lock = false): Promise<PathRow | undefined> {
      const query = db
        .select()
        .from(planPaths)
        .where(and(eq(planPaths.id, pathId), eq(planPaths.workspaceId, workspaceId)));
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    async insertPath(
      values: Pick<
        PathRow,
        "planId" | "sessionId" | "title" | "description" | "status" | "reason" | "createdBy"
      >,
      at: Date,
    ): Promise<PathRow> {
      return insertOne(
        await db
          .insert(planPaths)
          .values({ ...values, workspaceId, createdAt: at, updatedAt: at })
          .returning(),
      );
    },

    async updatePath(pathId: string, values: Pick<PathRow, "status" | "reason">, at: Date): Promise<PathRow> {
      return insertOne(
        await db
          .update(planPaths)
          .set({ ...values, updatedAt: at })
          .where(and(eq(planPaths.id, pathId), eq(planPaths.workspaceId, workspaceId)))
          .returning(),
      );
    },

    async insertNeed(
      values: Pick<NeedRow, "planId" | "sessionId" | "need" | "kind" | "response" | "metOn" | "createdBy">,
      at: Date,
    ): Promise<NeedRow> {
      return insertOne(
        await db
          .insert(planUrgentNeeds)
          .values({ ...values, workspaceId, createdAt: at })
          .returning(),
      );
    },

    async deliverable(deliverableId: string, lock = false): Promise<DeliverableRow | undefined> {
      const query = db
        .select(deliverableColumns)
        .from(planDeliverables)
        .where(and(eq(planDeliverables.id, deliverableId), eq(planDeliverables.workspaceId, workspaceId)));
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    async deliverableFile(
      deliverableId: string,
    ): Promise<{ file: Buffer | null; fileName: string | null; mediaType: string | null } | undefined> {
      const [row] = await db
        .select({
          file: planDeliverables.file,
          fileName: planDeliverables.fileName,
          mediaType: planDeliverables.mediaType,
        })
        .from(planDeliverables)
        .where(and(eq(planDeliverables.id, deliverableId), eq(planDeliverables.workspaceId, workspaceId)));
      return row;
    },

    async insertDeliverable(
      values: Pick<
        DeliverableRow,
        "planId" | "sessionId" | "title" | "body" | "fileName" | "mediaType" | "createdBy"
      > & {
        file: Buffer | null;
      },
      at: Date,
    ): Promise<DeliverableRow> {
      return insertOne(
        await db
          .insert(planDeliverables)
          .values({ ...values, workspaceId, createdAt: at, updatedAt: at })
          .returning(deliverableColumns),
      );
    },

    async setDeliverableStatus(
      deliverableId: string,
      values: Pick<DeliverableRow, "status" | "statusNote" | "statusBy">,
      at: Date,
    ): Promise<DeliverableRow> {
      return insertOne(
        await db
          .update(planDeliverables)
          .set({ ...values, updatedAt: at })
          .where(and(eq(planDeliverables.id, deliverableId), eq(planDeliverables.workspaceId, workspaceId)))
          .returning(deliverableColumns),
      );
    },
  };
}

export type PlanSessionStore = ReturnType<typeof openPlanSessionStore>;
