// A manager starts a new challenge from an existing one: its brief and settings, its timeline shifted, no ideas.
import {
  type ChallengeRow,
  type ChallengeValues,
  openChallengeStore,
} from "../../db/stores/challenge-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertNotBornClosed, briefValues } from "./brief.ts";
import { controlledChallenge, requiredText } from "./challenge-rules.ts";
import { type Timeline, timelineFields } from "./current-phase.ts";

/**
 * Copies the brief (title, question, benefit, rules, cover, project manager), the settings (audience, anonymity,
 * categories, goal, leaderboard, contest prize, conversation and its moderation) and the timeline shifted so that it
 * is announced at `announcementAt`, every phase keeping its length; nothing of what people wrote. The copy is a
 * draft titled `title` (the original's title by default), seen by managers only until published.
 */
export async function duplicateChallenge(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { announcementAt: Date; title?: string },
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const source = await controlledChallenge(store, challengeId, true);
    const shift = input.announcementAt.getTime() - source.announcementAt.getTime();
    const timeline = Object.fromEntries(
      timelineFields.map((field) => [field, new Date(source[field].getTime() + shift)]),
    ) as unknown as Timeline;
    assertNotBornClosed(timeline, ctx.now);
    const values = {
      ...briefValues({
        title: input.title === undefined ? source.title : requiredText(input.title, "title"),
        question: source.question,
        benefit: source.benefit,
        rules: source.rules,
        coverImageUrl: source.coverImageUrl,
        audience: source.audience,
        allowAnonymous: source.allowAnonymous,
        categories: source.categories,
        projectManager: {
          name: source.managerName,
          text: source.managerText,
          mediaUrl: source.managerMediaUrl,
        },
        participationGoal: source.participationGoal,
        leaderboard: source.leaderboard,
        contestPrize: source.contestPrize,
        conversation: source.conversation,
        statementModeration: source.statementModeration,
        timeline,
      }),
      status: "draft",
      createdBy: actor.userId,
    } as ChallengeValues;
    return store.insertChallenge(values);
  });
}
