// The listening dashboard's reads, from the daily rollups where they can, and the filtered list of mentions behind them.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";

/** The rollups' name for "any query of the panel": one row per matched mention, whatever it matched. */
export const anyBrand = "*";

/** Which mentions a figure or a chart point stands for; every field narrows the set. */
export interface MentionFilter {
  brand?: string;
  from?: string;
  to?: string;
  channel?: string;
  source?: string;
  polarity?: "positive" | "neutral" | "negative";
  dimension?: string;
  emotion?: string;
  author?: string;
  topic?: string;
  /** Words the text contains (case-insensitive). */
  q?: string;
  /** Mentions matching no query, or marked not relevant, are left out unless `all` is set. */
  all?: boolean;
}

type Executor = Pick<Db, "execute">;

/** Opens the figures of one workspace's listening projects; `db` may be a transaction. */
export function openListeningFiguresStore(db: Executor, workspaceId: string) {
  const where = (projectId: string, filter: MentionFilter): SQL => {
    const parts: SQL[] = [sql`m.workspace_id = ${workspaceId}`, sql`m.project_id = ${projectId}`];
    if (!filter.all) parts.push(sql`m.relevant AND cardinality(m.brands) > 0`);
    if (filter.brand) parts.push(sql`${filter.brand} = ANY(m.brands)`);
    if (filter.from) parts.push(sql`m.day >= ${filter.from}::date`);
    if (filter.to) parts.push(sql`m.day <= ${filter.to}::date`);
    if (filter.channel !== undefined) parts.push(sql`m.channel = ${filter.channel}`);
    if (filter.source !== undefined) parts.push(sql`m.source = ${filter.source}`);
    if (filter.polarity) parts.push(sql`m.polarity = ${filter.polarity}`);
    if (filter.dimension) parts.push(sql`${filter.dimension} = ANY(m.dimensions)`);
    if (filter.emotion) parts.push(sql`(m.emotions ->> ${filter.emotion})::float >= 0.5`);
    if (filter.author) parts.push(sql`m.author = ${filter.author}`);
    if (filter.topic) parts.push(sql`m.topic = ${filter.topic}`);
    if (filter.q) parts.push(sql`m.text ILIKE ${`%${filter.q.replace(/[\\%_]/g, "\\$&")}%`}`);
    return sql.join(parts, sql` AND `);
  };
  const rows = async <T extends Record<string, unknown>>(query: SQL): Promise<T[]> =>
    (await db.execute<T>(query)).rows as T[];

  return {
    /** Rebuilds the rollups of the project, or of the given days only. */
    async refreshRollups(projectId: string, days?: readonly string[]): Promise<void> {
      const onDays = days ? sql`AND day = ANY(${sql.param([...days])}::date[])` : sql``;
      const onMentionDays = days ? sql`AND m.day = ANY(${sql.param([...days])}::date[])` : sql``;
      await db.execute(sql`DELETE FROM listening_daily WHERE project_id = ${projectId} ${onDays}`);
      await db.execute(sql`
        INSERT INTO listening_daily (project_id, day, brand, channel, source, polarity, mentions, reach, engagement)
        SELECT m.project_id, m.day, b.brand, m.channel, m.source, m.polarity, count(*)::int,
          sum(m.reach)::bigint, sum(m.likes + m.shares + m.comments)::bigint
        FROM mentions m CROSS JOIN LATERAL unnest(m.brands || ${anyBrand}::text) AS b(brand)
        WHERE m.project_id = ${projectId} AND m.workspace_id = ${workspaceId} AND m.relevant
          AND cardinality(m.brands) > 0 ${onMentionDays}
        GROUP BY m.project_id, m.day, b.brand, m.channel, m.source, m.polarity`);
    },

    /** Per day and query: mentions, negative mentions, reach and engagement (from the rollups). */
    async daily(projectId: string, from?: string, to?: string) {
      return rows<{
        day: string;
        brand: string;
        mentions: number;
        negative: number;
        positive: number;
        reach: number;
        engagement: number;
      }>(sql`
        SELECT to_char(day, 'YYYY-MM-DD') AS day, brand, sum(mentions)::int AS mentions,
          (sum(mentions) FILTER (WHERE polarity = 'negative'))::int AS negative,
          (sum(mentions) FILTER (WHERE polarity = 'positive'))::int AS positive,
          sum(reach)::float8 AS reach, sum(engagement)::float8 AS engagement
        FROM listening_daily
        WHERE project_id = ${projectId} ${from ? sql`AND day >= ${from}::date` : sql``} ${to ? sql`AND day <= ${to}::date` : sql``}
        GROUP BY day, brand ORDER BY day, brand`);
    },

    /** Per channel and source over the period (any query). */
    async channels(projectId: string, brand: string, from?: string, to?: string) {
      return rows<{
        channel: string;
        source: string;
        mentions: number;
        reach: number;
        engagement: number;
        negative: number;
        positive: number;
      }>(sql`
        SELECT channel, source, sum(mentions)::int AS mentions, sum(reach)::float8 AS reach,
          sum(engagement)::float8 AS engagement,
          coalesce(sum(mentions) FILTER (WHERE polarity = 'negative'), 0)::int AS negative,
          coalesce(sum(mentions) FILTER (WHERE polarity = 'positive'), 0)::int AS positive
        FROM listening_daily
        WHERE project_id = ${projectId} AND brand = ${brand}
          ${from ? sql`AND day >= ${from}::date` : sql``} ${to ? sql`AND day <= ${to}::date` : sql``}
        GROUP BY channel, source ORDER BY mentions DESC`);
    },

    /** Authors ranked by volume, with their largest reach and their total engagement. */
    async authors(projectId: string, filter: MentionFilter, limit = 20) {
      return rows<{
        author: string;
        mentions: number;
        reach: number;
        engagement: number;
        negative: number;
      }>(sql`
        SELECT m.author, count(*)::int AS mentions, max(m.reach)::float8 AS reach,
          sum(m.likes + m.shares + m.comments)::float8 AS engagement,
          (count(*) FILTER (WHERE m.polarity = 'negative'))::int AS negative
        FROM mentions m WHERE ${where(projectId, filter)} AND m.author IS NOT NULL AND m.author <> ''
        GROUP BY m.author ORDER BY mentions DESC, reach DESC LIMIT ${limit}`);
    },

    /** Sum of each emotion's strength and count of mentions where it is at least 0.5. */
    async emotions(projectId: string, filter: MentionFilter) {
      return rows<{ emotion: string; mentions: number }>(sql`
        SELECT e.key AS emotion, (count(*) FILTER (WHERE e.value::float >= 0.5))::int AS mentions
        FROM mentions m CROSS JOIN LATERAL jsonb_each_text(m.emotions) AS e(key, value)
        WHERE ${where(projectId, filter)} GROUP BY e.key`);
    },

    /** Per reputation dimension: mentions and polarity counts. */
    async dimensions(projectId: string, filter: MentionFilter) {
      return rows<{ dimension: string; mentions: number; positive: number; negative: number }>(sql`
        SELECT d AS dimension, count(*)::int AS mentions,
          (count(*) FILTER (WHERE m.polarity = 'positive'))::int AS positive,
          (count(*) FILTER (WHERE m.polarity = 'negative'))::int AS negative
        FROM mentions m CROSS JOIN LATERAL unnest(m.dimensions) AS d
        WHERE ${where(projectId, filter)} GROUP BY d ORDER BY mentions DESC`);
    },

    /**
     * Per topic: size, polarity counts, its mentions in the first half (before `middle`) and in the latest period
     * (from `latestFrom`), and its quote (the mention of widest reach).
     */
    async topics(projectId: string, filter: MentionFilter, middle: string, latestFrom = middle) {
      return rows<{
        topic: string;
        mentions: number;
        positive: number;
        negative: number;
        early: number;
        latest: number;
        quote: string;
      }>(sql`
        SELECT m.topic, count(*)::int AS mentions,
          (count(*) FILTER (WHERE m.polarity = 'positive'))::int AS positive,
          (count(*) FILTER (WHERE m.polarity = 'negative'))::int AS negative,
          (count(*) FILTER (WHERE m.day < ${middle}::date))::int AS early,
          (count(*) FILTER (WHERE m.day >= ${latestFrom}::date))::int AS latest,
          (array_agg(m.text ORDER BY m.reach DESC))[1] AS quote
        FROM mentions m WHERE ${where(projectId, filter)} AND m.topic IS NOT NULL
        GROUP BY m.topic ORDER BY mentions DESC LIMIT 30`);
    },

    /** One page of mentions, newest first, and how many match. */
    async mentions(projectId: string, filter: MentionFilter, page: number, pageSize: number) {
      const list = await rows<{
        id: string;
        text: string;
        published_at: string;
        author: string | null;
        source: string;
        channel: string;
        url: string | null;
        reach: number;
        likes: number;
        shares: number;
        comments: number;
        language: string;
        machine_polarity: string;
        machine_score: number;
        polarity: string;
        emotions: Record<string, number>;
        dimensions: string[];
        relevant: boolean;
        brands: string[];
        topic: string | null;
        corrected: boolean;
      }>(sql`
        SELECT m.id::text, m.text, m.published_at, m.author, m.source, m.channel, m.url, m.reach::float8 AS reach,
          m.likes, m.shares, m.comments, m.language, m.machine_polarity, m.machine_score, m.polarity, m.emotions,
          m.dimensions, m.relevant, m.brands, m.topic,
          EXISTS (SELECT 1 FROM mention_corrections c WHERE c.mention_id = m.id) AS corrected
        FROM mentions m WHERE ${where(projectId, filter)}
        ORDER BY m.published_at DESC, m.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
      const [count] = await rows<{ total: number }>(
        sql`SELECT count(*)::int AS total FROM mentions m WHERE ${where(projectId, filter)}`,
      );
      return { total: count?.total ?? 0, mentions: list };
    },

    /** Ids of every mention the filter selects (for corrections in bulk). */
    async mentionIds(projectId: string, filter: MentionFilter): Promise<number[]> {
      const list = await rows<{ id: string }>(
        sql`SELECT m.id::text FROM mentions m WHERE ${where(projectId, filter)}`,
      );
      return list.map((row) => Number(row.id));
    },

    /** The `limit` most active authors: mentions, largest reach, engagement and polarity counts. */
    async authorTotals(projectId: string, filter: MentionFilter, limit: number) {
      return rows<{
        author: string;
        mentions: number;
        reach: number;
        engagement: number;
        positive: number;
        negative: number;
      }>(sql`
        SELECT m.author, count(*)::int AS mentions, max(m.reach)::float8 AS reach,
          sum(m.likes + m.shares + m.comments)::float8 AS engagement,
          (count(*) FILTER (WHERE m.polarity = 'positive'))::int AS positive,
          (count(*) FILTER (WHERE m.polarity = 'negative'))::int AS negative
        FROM mentions m WHERE ${where(projectId, filter)} AND m.author IS NOT NULL AND m.author <> ''
        GROUP BY m.author ORDER BY mentions DESC, reach DESC, m.author LIMIT ${limit}`);
    },

    /** The given authors' mentions per channel or per topic (mentions without a topic left out). */
    async authorBreakdown(
      projectId: string,
      filter: MentionFilter,
      authors: readonly string[],
      by: "channel" | "topic",
    ) {
      const column = by === "channel" ? sql`m.channel` : sql`m.topic`;
      return rows<{ author: string; key: string; mentions: number }>(sql`
        SELECT m.author, ${column} AS key, count(*)::int AS mentions
        FROM mentions m WHERE ${where(projectId, filter)} AND m.author = ANY(${sql.param([...authors])}::text[])
          AND ${column} IS NOT NULL
        GROUP BY m.author, ${column} ORDER BY mentions DESC`);
    },

    /** The project's first and last day of relevant matched mentions. */
    async period(projectId: string) {
      const [row] = await rows<{ first: string | null; last: string | null }>(sql`
        SELECT to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last
        FROM listening_daily WHERE project_id = ${projectId} AND brand = ${anyBrand}`);
      return { first: row?.first ?? null, last: row?.last ?? null };
    },
  };
}

export type ListeningFiguresStore = ReturnType<typeof openListeningFiguresStore>;
