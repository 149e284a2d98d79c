// Queries of a plan's comments opened for one workspace: threads on passages of sections, replies, resolution.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import { planComments } from "../schema/plans.ts";

export type PlanCommentRow = typeof planComments.$inferSelect;
export type PlanCommentView = PlanCommentRow & { authorName: string | null };

export function openPlanCommentStore(db: Db, workspaceId: string) {
  return {
    /** The plan's comments, oldest first, with their author's name. */
    async list(planId: string): Promise<PlanCommentView[]> {
      const rows = await db
        .select({ comment: planComments, authorName: users.name })
        .from(planComments)
        .leftJoin(users, eq(users.id, planComments.authorId))
        .where(and(eq(planComments.planId, planId), eq(planComments.workspaceId, workspaceId)))
        .orderBy(asc(planComments.createdAt), asc(planComments.id));
      return rows.map((row) => ({ ...row.comment, authorName: row.authorName }));
    },

    async comment(commentId: string): Promise<PlanCommentRow | undefined> {
      const [row] = await db
        .select()
        .from(planComments)
        .where(and(eq(planComments.id, commentId), eq(planComments.workspaceId, workspaceId)));
      return row;
    },

    async insert(
      values: Pick<PlanCommentRow, "planId" | "sectionId" | "parentId" | "quote" | "body" | "authorId">,
    ): Promise<PlanCommentRow> {
      const [row] = await db
        .insert(planComments)
        .values({ ...values, workspaceId })
        .returning();
      if (!row) throw new Error("comment insert returned nothing");
      return row;
    },

    /** Resolves (or reopens) a thread: its first comment carries the state. */
    async resolve(commentId: string, by: string | null, now: Date | null): Promise<void> {
      await db
        .update(planComments)
        .set({ resolvedAt: now, resolvedBy: by })
        .where(and(eq(planComments.id, commentId), eq(planComments.workspaceId, workspaceId)));
    },
  };
}
