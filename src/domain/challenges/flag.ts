// Anyone who reads a challenge may flag an idea or a comment; moderators see the flagged items, most flagged first,
// and the items held by the word list, and resolve them by hiding, releasing or dismissing the flags. Every act of moderation goes to the log.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { type FlagSubject, openModerationStore } from "../../db/stores/moderation-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { takeWriteBudget } from "../write-limits/take-write-budget.ts";
import { visibleIdea } from "./challenge-rules.ts";

export interface FlagInput {
  reason?: string | null;
}

/** Flags an idea or a comment the actor can see; flagging twice is the same as once. */
export async function flagItem(
  ctx: Context,
  actor: MemberActor,
  subject: FlagSubject,
  subjectId: string,
  input: FlagInput,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    let ideaId = subjectId;
    if (subject === "comment") {
      const comment = await openContributionStore(tx, actor.workspaceId).comment(subjectId);
      if (!comment) throw new AppError("not-found", "This comment does not exist in this workspace.");
      ideaId = comment.ideaId;
    }
    await visibleIdea(store, actor, ideaId, ctx.now);
    await takeWriteBudget(tx, ctx, actor.userId, "flag");
    await openModerationStore(tx, actor.workspaceId).insertFlag({
      subject,
      subjectId,
      userId: actor.userId,
      reason: input.reason?.trim() || null,
      createdAt: ctx.now,
    });
  });
}

export interface QueueItem {
  subject: FlagSubject;
  subjectId: string;
  ideaId: string;
  challengeId: string;
  text: string;
  authorId: string;
  held: boolean;
  flagCount: number;
  reasons: string[];
  lastFlaggedAt: Date;
}

/** The flagged items still in sight, most flagged first (then the most recently flagged). */
export async function moderationQueue(ctx: Context, actor: MemberActor): Promise<QueueItem[]> {
  const moderation = openModerationStore(ctx.db, actor.workspaceId);
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const contributions = openContributionStore(ctx.db, actor.workspaceId);
  const grouped = new Map<string, { subject: FlagSubject; count: number; reasons: string[]; last: Date }>();
  for (const flag of await moderation.flags()) {
    const entry = grouped.get(flag.subjectId) ?? {
      subject: flag.subject,
      count: 0,
      reasons: [],
      last: flag.createdAt,
    };
    entry.count += 1;
    if (flag.reason) entry.reasons.push(flag.reason);
    if (flag.createdAt > entry.last) entry.last = flag.createdAt;
    grouped.set(flag.subjectId, entry);
  }
  const items: QueueItem[] = [];
  for (const [subjectId, entry] of grouped) {
    const base = {
      subject: entry.subject,
      subjectId,
      held: false,
      flagCount: entry.count,
      reasons: entry.reasons,
    };
    if (entry.subject === "idea") {
      const idea = await store.idea(subjectId);
      if (!idea || idea.hiddenAt) continue;
      items.push({
        ...base,
        ideaId: idea.id,
        challengeId: idea.challengeId,
        text: `${idea.title}\n${idea.body}`,
        authorId: idea.authorId,
        lastFlaggedAt: entry.last,
      });
    } else {
      const comment = await contributions.comment(subjectId);
      const idea = comment && (await store.idea(comment.ideaId));
      if (!comment || !idea || comment.hiddenAt) continue;
      items.push({
        ...base,
        ideaId: idea.id,
        challengeId: idea.challengeId,
        text: comment.body,
        authorId: comment.authorId,
        lastFlaggedAt: entry.last,
      });
    }
  }
  items.sort((a, b) => b.flagCount - a.flagCount || b.lastFlaggedAt.getTime() - a.lastFlaggedAt.getTime());
  // Held items come first: nothing of them is published until a moderator decides.
  const held = await moderation.held();
  const heldItems: QueueItem[] = [
    ...held.ideas.map((idea) => ({
      subject: "idea" as const,
      subjectId: idea.id,
      ideaId: idea.id,
      challengeId: idea.challengeId,
      text: `${idea.title}\n${idea.body}`,
      authorId: idea.authorId,
      held: true,
      flagCount: grouped.get(idea.id)?.count ?? 0,
      reasons: grouped.get(idea.id)?.reasons ?? [],
      lastFlaggedAt: idea.createdAt,
    })),
    ...held.comments.map(({ comment, challengeId }) => ({
      subject: "comment" as const,
      subjectId: comment.id,
      ideaId: comment.ideaId,
      challengeId,
      text: comment.body,
      authorId: comment.authorId,
      held: true,
      flagCount: grouped.get(comment.id)?.count ?? 0,
      reasons: grouped.get(comment.id)?.reasons ?? [],
      lastFlaggedAt: comment.createdAt,
    })),
  ];
  return [...heldItems, ...items];
}

/** Dismisses every flag of an item judged fine, and logs it. */
export async function dismissFlags(ctx: Context, actor: MemberActor, subjectId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const moderation = openModerationStore(tx, actor.workspaceId);
    const flagged = (await moderation.flags()).find((f) => f.subjectId === subjectId);
    if (!flagged) throw new AppError("not-found", "This item has no flag in this workspace.");
    await moderation.deleteFlags(subjectId);
    await moderation.appendLog({
      actorId: actor.userId,
      act: "dismiss-flags",
      subject: flagged.subject,
      subjectId,
      memberId: null,
      reason: null,
      createdAt: ctx.now,
    });
  });
}
