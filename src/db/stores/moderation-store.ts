// Queries of moderation opened for one workspace: flags on ideas and comments, the moderation log and blocked
// members. Every read and write is filtered by the workspace's id, so nothing crosses workspaces.
import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import { comments, flags, ideas, moderationLog } from "../schema/challenges.ts";
import { statements } from "../schema/conversations.ts";
import { memberships } from "../schema/workspaces.ts";

/** What can be flagged: ideas and comments (statements are moderated, never flagged). */
export type FlagSubject = Exclude<(typeof flags.$inferSelect)["subject"], "statement">;
/** A flag; its subject is an idea or a comment (the enum's "statement" only names moderation log entries). */
export type FlagRow = Omit<typeof flags.$inferSelect, "subject"> & { subject: FlagSubject };
export type ModerationLogRow = typeof moderationLog.$inferSelect;
export type ModerationAct = ModerationLogRow["act"];

/** A log entry with the names a reader needs: who acted, whom it concerned, and the idea the item belongs to. */
export interface ModerationLogEntry extends ModerationLogRow {
  actorName: string | null;
  memberName: string | null;
  ideaId: string | null;
  itemText: string | null;
}

const actors = alias(users, "actors");
const members = alias(users, "members");
const logComments = alias(comments, "log_comments");

/** Opens the moderation store of one workspace; `db` may be a transaction. */
export function openModerationStore(db: Db, workspaceId: string) {
  return {
    /** Records a flag; a second flag of the same person on the same item changes nothing. */
    async insertFlag(values: Pick<FlagRow, "subject" | "subjectId" | "userId" | "reason" | "createdAt">) {
      await db
        .insert(flags)
        .values({ ...values, workspaceId })
        .onConflictDoNothing();
    },

    async flags(): Promise<FlagRow[]> {
      const rows = await db
        .select()
        .from(flags)
        .where(eq(flags.workspaceId, workspaceId))
        .orderBy(flags.createdAt);
      return rows as FlagRow[];
    },

    /** Resolves every flag of an item; returns how many there were. */
    async deleteFlags(subjectId: string): Promise<number> {
      const rows = await db
        .delete(flags)
        .where(and(eq(flags.workspaceId, workspaceId), eq(flags.subjectId, subjectId)))
        .returning({ userId: flags.userId });
      return rows.length;
    },

    /** Ideas and comments held for review by the word list, oldest first. */
    async held() {
      const heldIdeas = await db
        .select()
        .from(ideas)
        .where(and(eq(ideas.workspaceId, workspaceId), isNotNull(ideas.heldAt)))
        .orderBy(ideas.createdAt);
      const heldComments = await db
        .select({ comment: comments, challengeId: ideas.challengeId })
        .from(comments)
        .innerJoin(ideas, eq(ideas.id, comments.ideaId))
        .where(and(eq(comments.workspaceId, workspaceId), isNotNull(comments.heldAt)))
        .orderBy(comments.createdAt);
      return { ideas: heldIdeas, comments: heldComments };
    },

    async appendLog(
      values: Pick<
        ModerationLogRow,
        "actorId" | "act" | "subject" | "subjectId" | "memberId" | "reason" | "createdAt"
      >,
    ): Promise<void> {
      await db.insert(moderationLog).values({ ...values, workspaceId });
    },

    /** The moderation log, newest first. */
    async log(): Promise<ModerationLogRow[]> {
      return db
        .select()
        .from(moderationLog)
        .where(eq(moderationLog.workspaceId, workspaceId))
        .orderBy(desc(moderationLog.createdAt), desc(moderationLog.id));
    },

    /** One page of the log, newest first, optionally of one act only, with the total number of entries matching. */
    async logPage(options: {
      act?: ModerationAct | undefined;
      limit: number;
      offset: number;
    }): Promise<{ entries: ModerationLogEntry[]; total: number }> {
      const where = and(
        eq(moderationLog.workspaceId, workspaceId),
        options.act ? eq(moderationLog.act, options.act) : undefined,
      );
      const rows = await db
        .select({
          log: moderationLog,
          actorName: actors.name,
          memberName: members.name,
          ideaId: sql<string | null>`COALESCE(${ideas.id}, ${logComments.ideaId})`,
          ideaTitle: ideas.title,
          commentBody: logComments.body,
          statementBody: statements.body,
        })
        .from(moderationLog)
        .leftJoin(actors, eq(actors.id, moderationLog.actorId))
        .leftJoin(members, eq(members.id, moderationLog.memberId))
        .leftJoin(
          ideas,
          and(
            eq(moderationLog.subject, "idea"),
            eq(ideas.id, moderationLog.subjectId),
            eq(ideas.workspaceId, workspaceId),
          ),
        )
        .leftJoin(
          logComments,
          and(
            eq(moderationLog.subject, "comment"),
            eq(logComments.id, moderationLog.subjectId),
            eq(logComments.workspaceId, workspaceId),
          ),
        )
        .leftJoin(
          statements,
          and(
            eq(moderationLog.subject, "statement"),
            eq(statements.id, moderationLog.subjectId),
            eq(statements.workspaceId, workspaceId),
          ),
        )
        .where(where)
        .orderBy(desc(moderationLog.createdAt), desc(moderationLog.id))
        .limit(options.limit)
        .offset(options.offset);
      const [total] = await db.select({ n: count() }).from(moderationLog).where(where);
      return {
        entries: rows.map((row) => ({
          ...row.log,
          actorName: row.actorName,
          memberName: row.memberName,
          ideaId: row.ideaId,
          itemText: row.ideaTitle ?? row.commentBody ?? row.statementBody,
        })),
        total: total?.n ?? 0,
      };
    },

    async membership(userId: string) {
      const [row] = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      return row;
    },

    async setBlocked(
      userId: string,
      values: { blockedAt: Date | null; blockedBy: string | null; blockedReason: string | null },
    ): Promise<void> {
      await db
        .update(memberships)
        .set(values)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    },
  };
}
