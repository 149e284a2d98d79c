// Queries of challenges opened for one workspace: every read and write is filtered by its id, so nothing crosses.
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import { type activity, challenges, type comments, ideas, type reactions } from "../schema/challenges.ts";
import { memberships } from "../schema/workspaces.ts";

export type ChallengeRow = typeof challenges.$inferSelect;
export type IdeaRow = typeof ideas.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type Emotion = (typeof reactions.$inferSelect)["emotion"];
export type ActivityKind = (typeof activity.$inferSelect)["kind"];
export type ChallengeValues = Omit<
  typeof challenges.$inferInsert,
  "id" | "workspaceId" | "createdAt" | "updatedAt"
>;

export const emotions: readonly Emotion[] = ["love", "inspired", "surprised", "worried", "angry"];

export interface Author {
  id: string;
  name: string;
  anonymous: boolean;
}

/** An idea as a reader sees it: with its author, its counts and what the reader did with it. */
export interface IdeaView extends IdeaRow {
  author: Author;
  commentCount: number;
  reactionCounts: Partial<Record<Emotion, number>>;
  myReactions: Emotion[];
  supportedByMe: boolean;
  followedByMe: boolean;
}

/** Which of a challenge's ideas to list (see `ideaViews`). */
export interface IdeaFilter {
  unanswered?: boolean;
  category?: string;
  q?: string;
  status?: "answered" | "unanswered" | "retained" | "studied" | "not-retained" | "undecided";
  groupId?: string;
  mine?: boolean;
  sort?: "newest" | "oldest" | "supported";
}

export interface CommentView extends CommentRow {
  author: Author;
}

/** Opens the challenge store of one workspace; `db` may be a transaction. */
export function openChallengeStore(db: Db, workspaceId: string) {
  const author = { id: users.id, name: users.name, anonymous: users.anonymous };

  /** Sets fields of an idea of this workspace and returns it; `during` names the act if the idea has vanished. */
  async function setIdeaFields(ideaId: string, values: Partial<IdeaRow>, during: string): Promise<IdeaRow> {
    const [row] = await db
      .update(ideas)
      .set(values)
      .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId)))
      .returning();
    if (!row) throw new Error(`idea ${ideaId} vanished during ${during}`);
    return row;
  }

  const ideaView = (viewerId: string) => ({
    idea: ideas,
    author,
    commentCount: sql<number>`(SELECT count(*)::int FROM comments c WHERE c.idea_id = ${ideas.id} AND c.hidden_at IS NULL)`,
    reactionCounts: sql<Partial<Record<Emotion, number>>>`(
      SELECT coalesce(jsonb_object_agg(x.emotion, x.n), '{}'::jsonb)
      FROM (SELECT r.emotion, count(*)::int AS n FROM reactions r WHERE r.idea_id = ${ideas.id} GROUP BY r.emotion) x)`,
    myReactions: sql<Emotion[]>`(
      SELECT coalesce(array_agg(r.emotion::text ORDER BY r.emotion), '{}')
      FROM reactions r WHERE r.idea_id = ${ideas.id} AND r.user_id = ${viewerId})`,
    supportedByMe: sql<boolean>`EXISTS (SELECT 1 FROM supports s WHERE s.idea_id = ${ideas.id} AND s.user_id = ${viewerId})`,
    followedByMe: sql<boolean>`EXISTS (SELECT 1 FROM follows f WHERE f.idea_id = ${ideas.id} AND f.user_id = ${viewerId})`,
  });
  type IdeaSelection = {
    idea: IdeaRow;
    author: Author;
    commentCount: number;
    reactionCounts: Partial<Record<Emotion, number>>;
    myReactions: Emotion[];
    supportedByMe: boolean;
    followedByMe: boolean;
  };
  const flatten = ({ idea, ...rest }: IdeaSelection): IdeaView => ({ ...idea, ...rest });

  return {
    workspaceId,

    async insertChallenge(values: ChallengeValues): Promise<ChallengeRow> {
      const [row] = await db
        .insert(challenges)
        .values({ ...values, workspaceId })
        .returning();
      if (!row) throw new Error("challenge insert returned nothing");
      return row;
    },

    async updateChallenge(
      challengeId: string,
      values: Partial<ChallengeValues>,
      now: Date,
    ): Promise<ChallengeRow> {
      const [row] = await db
        .update(challenges)
        .set({ ...values, updatedAt: now })
        .where(and(eq(challenges.workspaceId, workspaceId), eq(challenges.id, challengeId)))
        .returning();
      if (!row) throw new Error(`challenge ${challengeId} vanished during update`);
      return row;
    },

    /**
     * A challenge; `lock` takes its row lock so concurrent edits of the timeline (and of its synthesis) apply one
     * after the other. FOR NO KEY UPDATE, not FOR UPDATE: the lock must not block the foreign-key checks of rows
     * written about the challenge (an idea's activity), or a contribution and a background recomputation holding
     * the lock can deadlock.
     */
    async challenge(challengeId: string, lock = false): Promise<ChallengeRow | undefined> {
      const query = db
        .select()
        .from(challenges)
        .where(and(eq(challenges.workspaceId, workspaceId), eq(challenges.id, challengeId)));
      const [row] = lock ? await query.for("no key update") : await query;
      return row;
    },

    /** Deletes a challenge; what was written in it goes with it (every table's foreign key cascades). */
    async deleteChallenge(challengeId: string): Promise<void> {
      await db
        .delete(challenges)
        .where(and(eq(challenges.workspaceId, workspaceId), eq(challenges.id, challengeId)));
    },

    async challenges(): Promise<ChallengeRow[]> {
      return db
        .select()
        .from(challenges)
        .where(eq(challenges.workspaceId, workspaceId))
        .orderBy(desc(challenges.contributionsOpenAt), desc(challenges.createdAt));
    },

    async insertIdea(
      values: Pick<
        typeof ideas.$inferInsert,
        | "challengeId"
        | "authorId"
        | "title"
        | "body"
        | "category"
        | "imageUrl"
        | "createdAt"
        | "updatedAt"
        | "hiddenAt"
        | "heldAt"
      >,
    ): Promise<IdeaRow> {
      const [row] = await db
        .insert(ideas)
        .values({ ...values, workspaceId })
        .returning();
      if (!row) throw new Error("idea insert returned nothing");
      return row;
    },

    /** A published idea (withdrawn ones are gone for everyone); `lock` takes its row lock. */
    async idea(ideaId: string, lock = false): Promise<IdeaRow | undefined> {
      const query = db
        .select()
        .from(ideas)
        .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId), eq(ideas.status, "published")));
      const [row] = lock ? await query.for("update") : await query;
      return row;
    },

    async updateIdea(
      ideaId: string,
      values: Partial<Pick<IdeaRow, "title" | "body" | "category" | "imageUrl" | "status" | "withdrawnAt">>,
      now: Date,
    ): Promise<IdeaRow> {
      return setIdeaFields(ideaId, { ...values, updatedAt: now }, "update");
    },

    async setIdeaHidden(
      ideaId: string,
      values: Pick<IdeaRow, "hiddenAt" | "hiddenBy" | "hiddenReason" | "heldAt">,
    ): Promise<IdeaRow> {
      return setIdeaFields(ideaId, values, "moderation");
    },

    async setAward(ideaId: string, values: Pick<IdeaRow, "award" | "awardedAt">): Promise<IdeaRow> {
      return setIdeaFields(ideaId, values, "its award");
    },

    async setOutcome(
      ideaId: string,
      values: Pick<IdeaRow, "outcome" | "outcomeNote" | "outcomeAt">,
    ): Promise<IdeaRow> {
      return setIdeaFields(ideaId, values, "its outcome");
    },

    /**
     * Published ideas of a challenge as `viewerId` sees them; unanswered ones oldest first, else newest first. Hidden
     * ideas are listed for moderators (`seesHidden`) and their authors only, and never as unanswered.
     */
    /**
     * One page of a challenge's published ideas as `viewerId` sees them, and how many match over every page. Words of
     * `q` are searched in the title and the text, case ignored, `%` and `_` taken literally.
     */
    async ideaViews(
      challengeId: string,
      viewerId: string,
      filter: IdeaFilter = {},
      seesHidden = false,
      page?: { limit: number; offset: number },
    ): Promise<{ ideas: IdeaView[]; total: number }> {
      const status = filter.status;
      const words = (filter.q ?? "").trim().split(/\s+/).filter(Boolean);
      const where = and(
        eq(ideas.workspaceId, workspaceId),
        eq(ideas.challengeId, challengeId),
        eq(ideas.status, "published"),
        filter.unanswered || status === "unanswered"
          ? and(isNull(ideas.firstOfficialAnswerAt), isNull(ideas.hiddenAt))
          : undefined,
        status === "answered" ? isNotNull(ideas.firstOfficialAnswerAt) : undefined,
        status === "retained" || status === "studied" || status === "not-retained"
          ? eq(ideas.outcome, status)
          : undefined,
        status === "undecided" ? isNull(ideas.outcome) : undefined,
        seesHidden ? undefined : or(isNull(ideas.hiddenAt), eq(ideas.authorId, viewerId)),
        filter.category !== undefined ? eq(ideas.category, filter.category) : undefined,
        filter.mine ? eq(ideas.authorId, viewerId) : undefined,
        filter.groupId !== undefined
          ? sql`${ideas.id} IN (SELECT m.idea_id FROM idea_group_members m WHERE m.workspace_id = ${workspaceId} AND m.group_id = ${filter.groupId})`
          : undefined,
        ...words.map((word) => {
          const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          return or(ilike(ideas.title, pattern), ilike(ideas.body, pattern));
        }),
      );
      const order =
        filter.sort === "supported"
          ? [desc(ideas.supportCount), desc(ideas.createdAt)]
          : filter.sort === "oldest" || (filter.unanswered && filter.sort === undefined)
            ? [asc(ideas.createdAt)]
            : [desc(ideas.createdAt)];
      const query = db
        .select(ideaView(viewerId))
        .from(ideas)
        .innerJoin(users, eq(users.id, ideas.authorId))
        .where(where)
        .orderBy(...order, asc(ideas.id))
        .$dynamic();
      const [rows, [counted]] = await Promise.all([
        page ? query.limit(page.limit).offset(page.offset) : query,
        db.select({ n: sql<number>`count(*)::int` }).from(ideas).where(where),
      ]);
      return { ideas: rows.map(flatten), total: counted?.n ?? 0 };
    },

    async ideaViewOf(ideaId: string, viewerId: string): Promise<IdeaView | undefined> {
      const [row] = await db
        .select(ideaView(viewerId))
        .from(ideas)
        .innerJoin(users, eq(users.id, ideas.authorId))
        .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId), eq(ideas.status, "published")));
      return row && flatten(row);
    },

    /** Records the first official answer of an idea; returns whether this was the first. */
    async markAnswered(ideaId: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(ideas)
        .set({ firstOfficialAnswerAt: at })
        .where(
          and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId), isNull(ideas.firstOfficialAnswerAt)),
        )
        .returning({ id: ideas.id });
      return rows.length > 0;
    },

    /** Moves the idea's support count by `delta` under its row lock; returns the new count. */
    async addToSupportCount(ideaId: string, delta: number): Promise<number> {
      const [row] = await db
        .update(ideas)
        .set({ supportCount: sql`${ideas.supportCount} + ${delta}` })
        .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId)))
        .returning({ supportCount: ideas.supportCount });
      if (!row) throw new Error(`idea ${ideaId} vanished during support`);
      return row.supportCount;
    },

    async supportCount(ideaId: string): Promise<number> {
      const [row] = await db
        .select({ supportCount: ideas.supportCount })
        .from(ideas)
        .where(and(eq(ideas.workspaceId, workspaceId), eq(ideas.id, ideaId)));
      return row?.supportCount ?? 0;
    },

    /** Ids of the challenge's ideas and comments hidden by moderation: acts about them earn no points. */
    async hiddenSubjectIds(challengeId: string): Promise<string[]> {
      const result = await db.execute<{ id: string }>(sql`
        SELECT id FROM ideas
          WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId} AND hidden_at IS NOT NULL
        UNION ALL
        SELECT c.id FROM comments c JOIN ideas i ON i.id = c.idea_id
          WHERE c.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId} AND c.hidden_at IS NOT NULL`);
      return result.rows.map((row) => row.id);
    },

    /** Authors of the challenge's ideas retained for action or awarded by the jury, for the idea-selected badge. */
    async selectedAuthors(challengeId: string): Promise<string[]> {
      const result = await db.execute<{ author_id: string }>(sql`
        SELECT DISTINCT author_id FROM ideas
          WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId} AND status = 'published'
            AND hidden_at IS NULL AND (outcome = 'retained' OR award IS NOT NULL)`);
      return result.rows.map((row) => row.author_id);
    },

    /** When each published idea was posted and first answered officially, for the median answer time. */
    async answerTimes(challengeId: string) {
      return db
        .select({ createdAt: ideas.createdAt, firstOfficialAnswerAt: ideas.firstOfficialAnswerAt })
        .from(ideas)
        .where(
          and(
            eq(ideas.workspaceId, workspaceId),
            eq(ideas.challengeId, challengeId),
            eq(ideas.status, "published"),
          ),
        );
    },

    /** Counts of a challenge: published ideas and their outcomes, and distinct people who posted, commented, supported or reacted. */
    async tallies(challengeId: string): Promise<{
      ideas: number;
      participants: number;
      outcomes: { retained: number; studied: number; notRetained: number };
    }> {
      const result = await db.execute<{
        ideas: number;
        participants: number;
        retained: number;
        studied: number;
        not_retained: number;
      }>(sql`
        WITH published AS (
          SELECT outcome FROM ideas
          WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId} AND status = 'published'
            AND hidden_at IS NULL)
        SELECT
          (SELECT count(*)::int FROM published) AS ideas,
          (SELECT count(*)::int FROM published WHERE outcome = 'retained') AS retained,
          (SELECT count(*)::int FROM published WHERE outcome = 'studied') AS studied,
          (SELECT count(*)::int FROM published WHERE outcome = 'not-retained') AS not_retained,
          (SELECT count(DISTINCT user_id)::int FROM (
            SELECT author_id AS user_id FROM ideas WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}
            UNION ALL
            SELECT c.author_id FROM comments c JOIN ideas i ON i.id = c.idea_id
              WHERE c.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId} AND NOT c.official
            UNION ALL
            SELECT s.user_id FROM supports s JOIN ideas i ON i.id = s.idea_id
              WHERE s.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}
            UNION ALL
            SELECT r.user_id FROM reactions r JOIN ideas i ON i.id = r.idea_id
              WHERE r.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}
          ) people) AS participants`);
      const row = result.rows[0];
      return {
        ideas: row?.ideas ?? 0,
        participants: row?.participants ?? 0,
        outcomes: {
          retained: row?.retained ?? 0,
          studied: row?.studied ?? 0,
          notRetained: row?.not_retained ?? 0,
        },
      };
    },

    /** Names of this workspace's members among `userIds` (people who left are not named). */
    async memberNames(userIds: string[]): Promise<Map<string, Author>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .select(author)
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds)));
      return new Map(rows.map((row) => [row.id, row]));
    },
  };
}

export type ChallengeStore = ReturnType<typeof openChallengeStore>;

/**
 * The workspace of a published challenge open to the public, found by the challenge id alone: the one query that
 * is not opened for a workspace, since a public link carries no workspace. Returns nothing for any other challenge.
 */
export async function publicChallengeWorkspace(db: Db, challengeId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ workspaceId: challenges.workspaceId })
    .from(challenges)
    .where(
      and(
        eq(challenges.id, challengeId),
        eq(challenges.audience, "public"),
        eq(challenges.status, "published"),
      ),
    );
  return row?.workspaceId;
}
