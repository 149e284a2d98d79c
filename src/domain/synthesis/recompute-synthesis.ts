// Recomputes a challenge's synthesis in the background after its ideas change, keeping groups' identities.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { openSynthesisStore } from "../../db/stores/synthesis-store.ts";
import type { Context } from "../context.ts";
import { matchGroups } from "./match-groups.ts";

/** The dedupe key of a challenge's synthesis jobs. */
export const synthesisKey = (challengeId: string) => `synthesis:${challengeId}`;

/**
 * Asks for a recomputation of the challenge's synthesis: a `recompute-synthesis` job due in 200 ms, one dedupe key
 * per challenge, so bursts of requests become one run and a request during a run queues one more. Called after a
 * change has been committed: an idea submitted, edited, withdrawn, hidden or restored, or a manager's request.
 */
export async function requestSynthesis(
  ctx: Context,
  workspaceId: string,
  challengeId: string,
): Promise<void> {
  await ctx.jobs.enqueue(ctx.db, {
    kind: "recompute-synthesis",
    workspaceId,
    payload: { challengeId },
    dedupeKey: synthesisKey(challengeId),
    runAt: new Date(Date.now() + 200),
  });
}

/**
 * Runs the analysis on the challenge's visible ideas (in the worker thread), then stores the result in one
 * transaction under the challenge's row lock, so that it never interleaves with a manager's operation:
 *
 * - ideas a manager placed in a group (or pinned there, or took out of every group) stay where they are;
 * - the new computed groups take the ids of the stored computed groups by member overlap (`matchGroups`): a matched
 *   group keeps its id, manager name, pins and debrief, and gets the new label, keywords, quotes, emotions and trend;
 *   an unmatched new group is created;
 * - manual groups are never touched; computed groups left without a visible idea are retired.
 *
 * Publishes `synthesis.updated` when stored.
 */
export async function recomputeSynthesis(
  ctx: Context,
  workspaceId: string,
  challengeId: string,
  signal?: AbortSignal,
): Promise<void> {
  const reader = openSynthesisStore(ctx.db, workspaceId);
  const ideas = await reader.visibleIdeas(challengeId);
  // The stored computed groups seed the run, so that one changed idea moves only its own group.
  const storedMembers = await reader.members(challengeId);
  const previous = (await reader.groups(challengeId))
    .filter((group) => group.origin === "computed")
    .map((group) => ({
      memberIds: storedMembers.filter((m) => m.groupId === group.id).map((m) => m.ideaId),
      label: group.label,
      keywords: group.keywords,
    }));
  const result = await ctx.analysis.run("synthesis", {
    ideas: ideas.map((idea) => ({
      id: idea.id,
      text: `${idea.title}. ${idea.body}`,
      createdAt: idea.createdAt.getTime(),
    })),
    previous,
  });
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    // A cancelled run writes nothing.
    signal?.throwIfAborted();
    const challenge = await openChallengeStore(tx, workspaceId).challenge(challengeId, true);
    if (!challenge) return;
    const store = openSynthesisStore(tx, workspaceId);
    // Ideas may have changed while the analysis ran: only those visible now are placed; the next run sees the rest.
    const visible = new Set((await store.visibleIdeas(challengeId)).map((idea) => idea.id));
    const groups = await store.groups(challengeId);
    const members = await store.members(challengeId);
    const fixed = new Set(await store.keptUngrouped(challengeId));
    for (const member of members) if (member.placedByManager) fixed.add(member.ideaId);

    const computed = groups.filter((group) => group.origin === "computed");
    const { matches } = matchGroups(
      computed.map((group) => ({
        id: group.id,
        memberIds: members
          .filter((m) => m.groupId === group.id && visible.has(m.ideaId))
          .map((m) => m.ideaId),
      })),
      result.groups,
    );

    await store.deleteComputedMembers(computed.map((group) => group.id));
    const occupied = new Map<string, number>();
    for (const member of members)
      if (member.placedByManager && visible.has(member.ideaId))
        occupied.set(member.groupId, (occupied.get(member.groupId) ?? 0) + 1);

    for (const [index, group] of result.groups.entries()) {
      const free = group.memberIds.filter((id) => visible.has(id) && !fixed.has(id));
      const values = {
        label: group.label,
        keywords: group.keywords,
        quoteIdeaIds: group.quoteIds.filter((id) => visible.has(id)),
        emotions: group.emotions,
        trend: group.trend,
        updatedAt: now,
      };
      let groupId = matches[index] ?? null;
      if (groupId) await store.updateGroup(groupId, values);
      else if (free.length > 0)
        groupId = (await store.insertGroup(challengeId, { ...values, origin: "computed", createdAt: now }))
          .id;
      if (!groupId) continue;
      await store.placeIdeas(groupId, free, false, now);
      occupied.set(groupId, (occupied.get(groupId) ?? 0) + free.length);
    }
    await store.retireGroups(
      computed.filter((group) => !occupied.get(group.id)).map((group) => group.id),
      now,
    );
    await store.saveRun({ challengeId, status: result.status, ideaCount: ideas.length, computedAt: now });
    await publishEvent(
      tx,
      {
        type: "synthesis.updated",
        workspaceId,
        at: now.toISOString(),
        data: { challengeId, computedAt: now.toISOString(), status: result.status },
      },
      { kind: "workspace", workspaceId },
    );
  });
}
