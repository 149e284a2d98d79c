// A participant answers a challenge with an idea, only while contributions are open.

import type { Db } from "../../db/open-database.ts";
import { type ChallengeRow, type IdeaRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { requestSynthesis } from "../synthesis/recompute-synthesis.ts";
import { takeWriteBudget } from "../write-limits/take-write-budget.ts";
import {
  assertMayContribute,
  assertPhase,
  requiredText,
  visibleChallenge,
  webUrl,
} from "./challenge-rules.ts";
import { heldWordsIn } from "./held-words.ts";
import { phaseRules } from "./phase-rules.ts";

export interface IdeaInput {
  title: string;
  body: string;
  category?: string | null;
  imageUrl?: string | null;
}

export async function submitIdea(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: IdeaInput,
): Promise<IdeaRow> {
  const submitted = await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const contributions = openContributionStore(tx, actor.workspaceId);
    const challenge = await visibleChallenge(store, actor, challengeId, ctx.now);
    assertPhase(challenge, ctx.now, phaseRules.submit, "submitting ideas");
    assertMayContribute(challenge, actor);
    const title = requiredText(input.title, "title");
    const body = requiredText(input.body, "body");
    // A held word holds the idea for review: hidden from all but its author and moderators, and not announced.
    const heldAt = heldWordsIn(title, body).length > 0 ? ctx.now : null;
    await takeWriteBudget(tx, ctx, actor.userId, "idea");
    const idea = await store.insertIdea({
      challengeId,
      authorId: actor.userId,
      title,
      body,
      hiddenAt: heldAt,
      heldAt,
      category: checkedCategory(challenge, input.category),
      imageUrl: webUrl(input.imageUrl, "imageUrl"),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    // Authors hear what becomes of their own ideas.
    await contributions.follow(idea.id, actor.userId);
    if (!heldAt) {
      await contributions.appendActivity({
        challengeId,
        userId: actor.userId,
        kind: "idea-submitted",
        subjectId: idea.id,
        createdAt: ctx.now,
      });
      await announceIdea(tx, idea, ctx.now);
    }
    return idea;
  });
  if (!submitted.heldAt) await requestSynthesis(ctx, actor.workspaceId, challengeId);
  return submitted;
}

/** Announces a published idea live: at submission, or when a moderator releases a held one. */
export async function announceIdea(tx: Db, idea: IdeaRow, now: Date): Promise<void> {
  await publishEvent(
    tx,
    {
      type: "idea.submitted",
      workspaceId: idea.workspaceId,
      at: now.toISOString(),
      data: {
        challengeId: idea.challengeId,
        ideaId: idea.id,
        title: idea.title,
        category: idea.category,
        authorId: idea.authorId,
      },
    },
    { kind: "workspace", workspaceId: idea.workspaceId },
  );
}

/** The category as the challenge spells it; required when the challenge has categories, refused otherwise. */
export function checkedCategory(challenge: ChallengeRow, category: string | null | undefined): string | null {
  const wanted = category?.trim();
  if (!wanted) {
    if (challenge.categories.length === 0) return null;
    throw new AppError("invalid-input", `category is required: one of ${challenge.categories.join(", ")}.`, {
      field: "category",
    });
  }
  const found = challenge.categories.find(
    (name) => name.toLocaleLowerCase("fr") === wanted.toLocaleLowerCase("fr"),
  );
  if (!found) {
    throw new AppError(
      "invalid-input",
      challenge.categories.length === 0
        ? "This challenge has no categories: leave category out."
        : `category must be one of ${challenge.categories.join(", ")}.`,
      { field: "category", details: { allowed: challenge.categories } },
    );
  }
  return found;
}
