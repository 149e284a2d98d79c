// Queries of listening projects' feed sources, opened for one workspace; `dueFeedSources` reads across workspaces.
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { mentionImports } from "../schema/listening.ts";
import { feedSources } from "../schema/listening-feeds.ts";

export type FeedSourceRow = typeof feedSources.$inferSelect;

export function openFeedSourceStore(db: Db, workspaceId: string) {
  const mine = (id: string) => and(eq(feedSources.workspaceId, workspaceId), eq(feedSources.id, id));
  return {
    async sources(projectId: string): Promise<FeedSourceRow[]> {
      return db
        .select()
        .from(feedSources)
        .where(and(eq(feedSources.workspaceId, workspaceId), eq(feedSources.projectId, projectId)))
        .orderBy(asc(feedSources.createdAt));
    },

    /** The source `id` of this workspace; `lock` takes its row lock (inside a transaction). */
    async source(id: string, lock = false): Promise<FeedSourceRow | undefined> {
      const query = db.select().from(feedSources).where(mine(id));
      const [row] = lock ? await query.for("update") : await query;
      return row;
    },

    /** Adds a source; undefined when the project already follows this URL. */
    async add(values: {
      projectId: string;
      url: string;
      everyMinutes: number;
      createdBy: string;
      nextPollAt: Date;
    }): Promise<FeedSourceRow | undefined> {
      const [row] = await db
        .insert(feedSources)
        .values({ workspaceId, ...values })
        .onConflictDoNothing()
        .returning();
      return row;
    },

    async update(id: string, values: Partial<Omit<FeedSourceRow, "id" | "workspaceId" | "projectId">>) {
      await db.update(feedSources).set(values).where(mine(id));
    },

    /** Counts `taken` more mentions on the source, in the storing transaction. */
    async addTaken(id: string, taken: number) {
      await db
        .update(feedSources)
        .set({ taken: sql`${feedSources.taken} + ${taken}` })
        .where(mine(id));
    },

    async remove(id: string): Promise<boolean> {
      const deleted = await db.delete(feedSources).where(mine(id)).returning({ id: feedSources.id });
      return deleted.length > 0;
    },

    /** Records one poll that added mentions, as an import of kind feed (its report and the mentions' origin). */
    async addFeedImport(values: {
      projectId: string;
      url: string;
      total: number;
      taken: number;
      duplicates: Array<{ line: number; reason: "same-id" | "same-text" }>;
      rejected: Array<{ line: number; reason: string; field?: string }>;
      createdBy: string | null;
      at: Date;
    }) {
      const [row] = await db
        .insert(mentionImports)
        .values({
          workspaceId,
          projectId: values.projectId,
          kind: "feed",
          fileName: values.url,
          mapping: {},
          status: "done",
          done: values.total,
          total: values.total,
          taken: values.taken,
          duplicates: values.duplicates,
          rejected: values.rejected,
          createdBy: values.createdBy,
          createdAt: values.at,
          finishedAt: values.at,
        })
        .returning({ id: mentionImports.id });
      if (!row) throw new Error("feed import not inserted");
      return row.id;
    },
  };
}

export type FeedSourceStore = ReturnType<typeof openFeedSourceStore>;

/** Active sources whose next poll is due, oldest first, across workspaces (the periodic task queues their polls). */
export async function dueFeedSources(db: Db, now: Date, limit = 500) {
  return db
    .select({ id: feedSources.id, workspaceId: feedSources.workspaceId })
    .from(feedSources)
    .where(and(eq(feedSources.status, "active"), lte(feedSources.nextPollAt, now)))
    .orderBy(asc(feedSources.nextPollAt))
    .limit(limit);
}
