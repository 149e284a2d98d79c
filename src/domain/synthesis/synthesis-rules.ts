// What every manager operation on a synthesis shares: one transaction under the challenge's lock, checks of the
// groups and ideas named, and the live event that tells other managers' screens.
import type { Db } from "../../db/open-database.ts";
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import {
  type IdeaGroupRow,
  openSynthesisStore,
  type SynthesisStore,
} from "../../db/stores/synthesis-store.ts";
import { AppError } from "../../errors.ts";
import { visibleChallenge } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";

export interface SynthesisScope {
  tx: Db;
  store: SynthesisStore;
  challengeId: string;
  now: Date;
}

/**
 * Runs a manager's operation in one transaction, holding the challenge's row lock (as a recomputation does, so the
 * two never interleave); then retires computed groups left empty and publishes `synthesis.updated`.
 */
export async function changeSynthesis<T>(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  operation: (scope: SynthesisScope) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    await visibleChallenge(openChallengeStore(tx, actor.workspaceId), actor, challengeId, ctx.now, true);
    const store = openSynthesisStore(tx, actor.workspaceId);
    const result = await operation({ tx, store, challengeId, now: ctx.now });
    await retireEmptyComputedGroups(store, challengeId, ctx.now);
    await publishEvent(
      tx,
      {
        type: "synthesis.updated",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId, by: actor.userId },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return result;
  });
}

/** A computed group that lost all its ideas to a manager's moves leaves the view. */
async function retireEmptyComputedGroups(
  store: SynthesisStore,
  challengeId: string,
  now: Date,
): Promise<void> {
  const visible = new Set((await store.visibleIdeas(challengeId)).map((idea) => idea.id));
  const members = await store.members(challengeId);
  const occupied = new Set(members.filter((m) => visible.has(m.ideaId)).map((m) => m.groupId));
  const empty = (await store.groups(challengeId)).filter(
    (g) => g.origin === "computed" && !occupied.has(g.id),
  );
  await store.retireGroups(
    empty.map((group) => group.id),
    now,
  );
}

/** A group of the challenge still in view; a path parameter (not-found) or a body field (invalid-input). */
export async function groupOf(scope: SynthesisScope, groupId: string, field?: string): Promise<IdeaGroupRow> {
  const group = await scope.store.group(scope.challengeId, groupId);
  if (group) return group;
  if (field)
    throw new AppError("invalid-input", `${field}: no group ${groupId} in this challenge's synthesis.`, {
      field,
      details: { groupId },
    });
  throw new AppError("not-found", "This group does not exist in this challenge's synthesis.");
}

/** Checks that every id is a visible idea of the challenge. */
export async function assertVisibleIdeas(
  scope: SynthesisScope,
  ideaIds: string[],
  field: string,
): Promise<void> {
  const visible = new Set((await scope.store.visibleIdeas(scope.challengeId)).map((idea) => idea.id));
  const missing = ideaIds.find((id) => !visible.has(id));
  if (missing)
    throw new AppError("invalid-input", `${field}: no visible idea ${missing} in this challenge.`, {
      field,
      details: { ideaId: missing },
    });
}

/** A group's name: trimmed; required for groups made by hand, else empty clears it (null). */
export function groupName(name: string | null | undefined, required: boolean): string | null {
  const trimmed = name?.trim() ?? "";
  if (trimmed.length > 0) return trimmed;
  if (required)
    throw new AppError("invalid-input", "name is required: say what the group is about.", { field: "name" });
  return null;
}
