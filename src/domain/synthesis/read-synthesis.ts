// The synthesis of a challenge as managers read it: groups with their ideas, and the ideas in no group.
import { minimumIdeas } from "../../analysis/synthesis/synthesize-ideas.ts";
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import {
  type IdeaGroupRow,
  openSynthesisStore,
  type SynthesisIdeaRow,
  type SynthesisRunRow,
} from "../../db/stores/synthesis-store.ts";
import { visibleChallenge } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { requestSynthesis, synthesisKey } from "./recompute-synthesis.ts";

export interface PlacedIdea extends SynthesisIdeaRow {
  placedByManager: boolean;
}

export interface GroupReading {
  group: IdeaGroupRow;
  ideas: PlacedIdea[];
  /** Pinned quotes still in the group, then the analysis's quotes still in it and not pinned. */
  pinnedIdeaIds: string[];
  quoteIdeaIds: string[];
  dominantEmotions: string[];
}

export interface SynthesisReading {
  challengeId: string;
  run: SynthesisRunRow | undefined;
  minimumIdeas: number;
  pending: boolean;
  groups: GroupReading[];
  ungrouped: PlacedIdea[];
}

/** Up to three emotions felt in the most ideas of a group (strongest first). */
export function dominantEmotions(emotions: Record<string, number>): string[] {
  return Object.entries(emotions)
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([name]) => name);
}

/**
 * Reads the synthesis. A challenge never synthesized yet (ideas from before this feature) gets a recomputation
 * requested on first reading. Groups come largest first; a computed group whose ideas were all hidden or withdrawn
 * since the last run is not shown (the run under way retires it).
 */
export async function readSynthesis(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<SynthesisReading> {
  await visibleChallenge(openChallengeStore(ctx.db, actor.workspaceId), actor, challengeId, ctx.now);
  const store = openSynthesisStore(ctx.db, actor.workspaceId);
  const [ideas, groups, members, kept, run] = await Promise.all([
    store.visibleIdeas(challengeId),
    store.groups(challengeId),
    store.members(challengeId),
    store.keptUngrouped(challengeId),
    store.run(challengeId),
  ]);
  if (!run) await requestSynthesis(ctx, actor.workspaceId, challengeId);
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  const keptSet = new Set(kept);
  const grouped = new Set<string>();
  const readings: GroupReading[] = [];
  for (const group of groups) {
    const placed: PlacedIdea[] = [];
    for (const member of members) {
      const idea = member.groupId === group.id ? byId.get(member.ideaId) : undefined;
      if (!idea) continue;
      placed.push({ ...idea, placedByManager: member.placedByManager });
      grouped.add(idea.id);
    }
    if (placed.length === 0 && group.origin === "computed") continue;
    const inGroup = new Set(placed.map((idea) => idea.id));
    const pinned = group.pinnedIdeaIds.filter((id) => inGroup.has(id));
    readings.push({
      group,
      ideas: placed,
      pinnedIdeaIds: pinned,
      quoteIdeaIds: group.quoteIdeaIds.filter((id) => inGroup.has(id) && !pinned.includes(id)),
      dominantEmotions: dominantEmotions(group.emotions),
    });
  }
  readings.sort(
    (a, b) => b.ideas.length - a.ideas.length || a.group.createdAt.getTime() - b.group.createdAt.getTime(),
  );
  return {
    challengeId,
    run,
    minimumIdeas,
    pending: await ctx.jobs.pending(synthesisKey(challengeId)),
    groups: readings,
    ungrouped: ideas
      .filter((idea) => !grouped.has(idea.id))
      .map((idea) => ({ ...idea, placedByManager: keptSet.has(idea.id) })),
  };
}

/** A manager's "Recalculer": recomputes now rather than at the next change of ideas. */
export async function recalculateSynthesis(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<void> {
  await visibleChallenge(openChallengeStore(ctx.db, actor.workspaceId), actor, challengeId, ctx.now);
  await requestSynthesis(ctx, actor.workspaceId, challengeId);
}
