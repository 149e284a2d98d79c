// Queries of the topic analysis of one workspace's listening projects: samples, batches of texts, topics stored.
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { listeningTopics } from "../schema/listening-topics.ts";

export type ListeningTopicRow = typeof listeningTopics.$inferSelect;
export type NewListeningTopic = Omit<ListeningTopicRow, "projectId" | "workspaceId" | "analyzedAt">;

/** Mentions per UPDATE statement when topics are written back. */
const updateBatch = 10_000;

/** Opens the topic queries of one workspace; `db` may be a transaction. */
export function openListeningTopicStore(db: Db, workspaceId: string) {
  const rows = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> =>
    (await db.execute<T>(query)).rows as T[];
  return {
    /** How many mentions the project holds, and its first and last day. */
    async span(projectId: string) {
      const [row] = await rows<{ n: number; first: string | null; last: string | null }>(sql`
        SELECT count(*)::int AS n, to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last
        FROM mentions WHERE workspace_id = ${workspaceId} AND project_id = ${projectId}`);
      return { mentions: row?.n ?? 0, first: row?.first ?? null, last: row?.last ?? null };
    },

    /**
     * A reproducible sample of `size` mentions (the same mentions give the same sample): ordered by a hash of
     * their id, then by id so that the texts reach the clustering in a stable order.
     */
    async sample(projectId: string, size: number) {
      return rows<{ text: string; time: number }>(sql`
        SELECT text, time FROM (
          SELECT id, text, (extract(epoch FROM published_at) * 1000)::float8 AS time
          FROM mentions WHERE workspace_id = ${workspaceId} AND project_id = ${projectId}
          ORDER BY md5(id::text) LIMIT ${size}) s
        ORDER BY id`);
    },

    /** The next `limit` mentions after id `after` (ids ascending): id, text and day. */
    async batch(projectId: string, after: number, limit: number) {
      return rows<{ id: string; text: string; day: string }>(sql`
        SELECT id::text, text, to_char(day, 'YYYY-MM-DD') AS day FROM mentions
        WHERE workspace_id = ${workspaceId} AND project_id = ${projectId} AND id > ${after}
        ORDER BY id LIMIT ${limit}`);
    },

    /** Writes each mention's topic (null for none), touching only the rows whose topic changes. */
    async setTopics(
      projectId: string,
      ids: Float64Array,
      labels: ReadonlyArray<string | null>,
    ): Promise<void> {
      for (let i = 0; i < ids.length; i += updateBatch) {
        const part = Array.from(ids.subarray(i, i + updateBatch));
        await db.execute(sql`
          UPDATE mentions m SET topic = t.topic
          FROM unnest(${sql.param(part)}::bigint[], ${sql.param(labels.slice(i, i + updateBatch))}::text[])
            AS t(id, topic)
          WHERE m.id = t.id AND m.project_id = ${projectId} AND m.workspace_id = ${workspaceId}
            AND m.topic IS DISTINCT FROM t.topic`);
      }
    },

    /** Replaces the project's topics. */
    async replaceTopics(projectId: string, topics: readonly NewListeningTopic[], at: Date): Promise<void> {
      await db
        .delete(listeningTopics)
        .where(and(eq(listeningTopics.workspaceId, workspaceId), eq(listeningTopics.projectId, projectId)));
      if (topics.length > 0)
        await db
          .insert(listeningTopics)
          .values(topics.map((t) => ({ ...t, projectId, workspaceId, analyzedAt: at })));
    },

    /** The project's topics, largest first. */
    async topics(projectId: string): Promise<ListeningTopicRow[]> {
      return db
        .select()
        .from(listeningTopics)
        .where(and(eq(listeningTopics.workspaceId, workspaceId), eq(listeningTopics.projectId, projectId)))
        .orderBy(desc(listeningTopics.mentions));
    },
  };
}
