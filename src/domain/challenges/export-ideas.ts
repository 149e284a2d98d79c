// A challenge's ideas as a table, for the analyst's tools (`cocrea cluster FILE --text body --id id`) and spreadsheets.
import { emotions, openChallengeStore } from "../../db/stores/challenge-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { visibleChallenge } from "./challenge-rules.ts";

export const ideaExportColumns = [
  "id",
  "created_at",
  "title",
  "body",
  "category",
  "author",
  "anonymous",
  "supports",
  "comments",
  ...emotions,
  "official_answer_at",
  "outcome",
  "outcome_note",
  "award",
  "hidden_reason",
] as const;

export type IdeaExportRow = Record<(typeof ideaExportColumns)[number], string | number | boolean | null>;

/**
 * Every idea still submitted (withdrawn ones are their authors' to take back, so they are left out), oldest first,
 * hidden ones included with the reason: the organization keeps its complete record.
 */
export async function exportIdeas(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<{ title: string; rows: IdeaExportRow[] }> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const challenge = await visibleChallenge(store, actor, challengeId, ctx.now);
  const ideas = (await store.ideaViews(challengeId, actor.userId, {}, true)).ideas.reverse();
  const rows = ideas.map((idea) => ({
    id: idea.id,
    created_at: new Date(idea.createdAt).toISOString(),
    title: idea.title,
    body: idea.body,
    category: idea.category,
    author: idea.author.name,
    anonymous: idea.author.anonymous,
    supports: idea.supportCount,
    comments: idea.commentCount,
    ...(Object.fromEntries(emotions.map((e) => [e, idea.reactionCounts[e] ?? 0])) as Record<
      (typeof emotions)[number],
      number
    >),
    official_answer_at: idea.firstOfficialAnswerAt
      ? new Date(idea.firstOfficialAnswerAt).toISOString()
      : null,
    outcome: idea.outcome,
    outcome_note: idea.outcomeNote,
    award: idea.award,
    hidden_reason: idea.hiddenAt ? idea.hiddenReason : null,
  }));
  return { title: challenge.title, rows };
}
