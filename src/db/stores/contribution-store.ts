// Queries of contributions to ideas opened for one workspace: comments, reactions, supports, follows and the
// activity log. Every read and write is filtered by the workspace's id, so nothing crosses workspaces.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import {
  activity,
  comments,
  follows,
  leaderboardOptOuts,
  reactions,
  supports,
} from "../schema/challenges.ts";
import {
  type ActivityKind,
  type CommentRow,
  type CommentView,
  type Emotion,
  emotions,
} from "./challenge-store.ts";

/** Opens the contribution store of one workspace; `db` may be a transaction. */
export function openContributionStore(db: Db, workspaceId: string) {
  const author = { id: users.id, name: users.name, anonymous: users.anonymous };

  return {
    /** Who asked not to appear on the challenge's leaderboard. */
    async leaderboardOptOuts(challengeId: string): Promise<Set<string>> {
      const rows = await db
        .select({ userId: leaderboardOptOuts.userId })
        .from(leaderboardOptOuts)
        .where(
          and(
            eq(leaderboardOptOuts.workspaceId, workspaceId),
            eq(leaderboardOptOuts.challengeId, challengeId),
          ),
        );
      return new Set(rows.map((row) => row.userId));
    },

    async setLeaderboardOptOut(challengeId: string, userId: string, hidden: boolean): Promise<void> {
      if (hidden) {
        await db
          .insert(leaderboardOptOuts)
          .values({ workspaceId, challengeId, userId })
          .onConflictDoNothing();
      } else {
        await db
          .delete(leaderboardOptOuts)
          .where(
            and(
              eq(leaderboardOptOuts.workspaceId, workspaceId),
              eq(leaderboardOptOuts.challengeId, challengeId),
              eq(leaderboardOptOuts.userId, userId),
            ),
          );
      }
    },

    async insertComment(
      values: Pick<
        typeof comments.$inferInsert,
        "ideaId" | "parentId" | "authorId" | "body" | "official" | "createdAt" | "hiddenAt" | "heldAt"
      >,
    ): Promise<CommentRow> {
      const [row] = await db
        .insert(comments)
        .values({ ...values, workspaceId })
        .returning();
      if (!row) throw new Error("comment insert returned nothing");
      return row;
    },

    async comment(commentId: string): Promise<CommentRow | undefined> {
      const [row] = await db
        .select()
        .from(comments)
        .where(and(eq(comments.workspaceId, workspaceId), eq(comments.id, commentId)));
      return row;
    },

    /** The thread of an idea, oldest first; replies point to their parent. */
    async commentViews(ideaId: string): Promise<CommentView[]> {
      const rows = await db
        .select({ comment: comments, author })
        .from(comments)
        .innerJoin(users, eq(users.id, comments.authorId))
        .where(and(eq(comments.workspaceId, workspaceId), eq(comments.ideaId, ideaId)))
        .orderBy(asc(comments.createdAt), asc(comments.id));
      return rows.map(({ comment, author }) => ({ ...comment, author }));
    },

    async setCommentHidden(
      commentId: string,
      values: Pick<CommentRow, "hiddenAt" | "hiddenBy" | "hiddenReason" | "heldAt">,
    ): Promise<CommentRow> {
      const [row] = await db
        .update(comments)
        .set(values)
        .where(and(eq(comments.workspaceId, workspaceId), eq(comments.id, commentId)))
        .returning();
      if (!row) throw new Error(`comment ${commentId} vanished during moderation`);
      return row;
    },

    /** Adds the reaction, or removes it when present; returns whether it is now on. */
    async toggleReaction(ideaId: string, userId: string, emotion: Emotion): Promise<boolean> {
      const removed = await db
        .delete(reactions)
        .where(
          and(
            eq(reactions.workspaceId, workspaceId),
            eq(reactions.ideaId, ideaId),
            eq(reactions.userId, userId),
            eq(reactions.emotion, emotion),
          ),
        )
        .returning({ ideaId: reactions.ideaId });
      if (removed.length > 0) return false;
      // A conflict means a concurrent request of the same person added it first: either way it is on.
      await db.insert(reactions).values({ workspaceId, ideaId, userId, emotion }).onConflictDoNothing();
      return true;
    },

    async reactionCounts(ideaId: string): Promise<Record<Emotion, number>> {
      const rows = await db
        .select({ emotion: reactions.emotion, count: sql<number>`count(*)::int` })
        .from(reactions)
        .where(and(eq(reactions.workspaceId, workspaceId), eq(reactions.ideaId, ideaId)))
        .groupBy(reactions.emotion);
      const counts = Object.fromEntries(emotions.map((e) => [e, 0])) as Record<Emotion, number>;
      for (const row of rows) counts[row.emotion] = row.count;
      return counts;
    },

    /** Adds a support unless it exists (INSERT … ON CONFLICT DO NOTHING); returns whether it was added. */
    async addSupport(ideaId: string, userId: string, at: Date): Promise<boolean> {
      const rows = await db
        .insert(supports)
        .values({ workspaceId, ideaId, userId, createdAt: at })
        .onConflictDoNothing()
        .returning({ ideaId: supports.ideaId });
      return rows.length > 0;
    },

    async removeSupport(ideaId: string, userId: string): Promise<boolean> {
      const rows = await db
        .delete(supports)
        .where(
          and(
            eq(supports.workspaceId, workspaceId),
            eq(supports.ideaId, ideaId),
            eq(supports.userId, userId),
          ),
        )
        .returning({ ideaId: supports.ideaId });
      return rows.length > 0;
    },

    async follow(ideaId: string, userId: string): Promise<void> {
      await db.insert(follows).values({ workspaceId, ideaId, userId }).onConflictDoNothing();
    },

    async unfollow(ideaId: string, userId: string): Promise<void> {
      await db
        .delete(follows)
        .where(
          and(eq(follows.workspaceId, workspaceId), eq(follows.ideaId, ideaId), eq(follows.userId, userId)),
        );
    },

    async appendActivity(values: {
      challengeId: string;
      userId: string;
      kind: ActivityKind;
      subjectId: string;
      createdAt: Date;
    }): Promise<void> {
      await db.insert(activity).values({ ...values, workspaceId });
    },

    async activity(challengeId: string) {
      return db
        .select({
          userId: activity.userId,
          kind: activity.kind,
          subjectId: activity.subjectId,
          createdAt: activity.createdAt,
        })
        .from(activity)
        .where(and(eq(activity.workspaceId, workspaceId), eq(activity.challengeId, challengeId)))
        .orderBy(asc(activity.createdAt));
    },
  };
}

export type ContributionStore = ReturnType<typeof openContributionStore>;
