// "You said, we did": the debrief of a challenge, its groups with what we heard and will do, and the actions' progress.

import type { Db } from "../../db/open-database.ts";
import {
  type ChallengeRow,
  openChallengeStore,
  publicChallengeWorkspace,
} from "../../db/stores/challenge-store.ts";
import {
  type ActionRow,
  type ActionStatus,
  type ActionStatusChangeRow,
  type GroupDebriefView,
  openDebriefStore,
} from "../../db/stores/debrief-store.ts";
import { AppError } from "../../errors.ts";
import { managesChallenges, visibleChallenge } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";

export interface ActionView extends ActionRow {
  /** Every move of the action, oldest first: the first one is its creation (from null). */
  history: Array<{ from: ActionStatus | null; to: ActionStatus; reason: string | null; at: Date }>;
}

export interface DebriefView {
  challenge: Pick<ChallengeRow, "id" | "title" | "workspaceId">;
  /** The challenge-level text; null until published, except in a manager's preview. */
  debrief: { text: string | null; mediaUrl: string | null; publishedAt: Date | null } | null;
  published: boolean;
  groups: Array<GroupDebriefView & { actions: ActionView[] }>;
  /** Actions for the whole challenge (and those of a group since retired). */
  actions: ActionView[];
  progress: { done: number; inProgress: number; total: number };
}

/** The moves of one action, oldest first, from the status history of its challenge. */
function historyOf(changes: readonly ActionStatusChangeRow[], actionId: string): ActionView["history"] {
  return changes
    .filter((change) => change.actionId === actionId)
    .map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      reason: change.reason,
      at: change.changedAt,
    }));
}

async function debriefOf(db: Db, challenge: ChallengeRow, preview: boolean): Promise<DebriefView> {
  const published = challenge.debriefPublishedAt !== null;
  const base = {
    challenge: { id: challenge.id, title: challenge.title, workspaceId: challenge.workspaceId },
  };
  if (!published && !preview) {
    return {
      ...base,
      debrief: null,
      published,
      groups: [],
      actions: [],
      progress: { done: 0, inProgress: 0, total: 0 },
    };
  }
  const store = openDebriefStore(db, challenge.workspaceId);
  const [groups, actions, changes] = await Promise.all([
    store.groups(challenge.id),
    store.actions(challenge.id),
    store.statusChanges(challenge.id),
  ]);
  const views: ActionView[] = actions.map((action) => ({
    ...action,
    history: historyOf(changes, action.id),
  }));
  const live = new Set(groups.map((group) => group.id));
  return {
    ...base,
    debrief: {
      text: challenge.debriefText,
      mediaUrl: challenge.debriefMediaUrl,
      publishedAt: challenge.debriefPublishedAt,
    },
    published,
    groups: groups.map((group) => ({ ...group, actions: views.filter((a) => a.groupId === group.id) })),
    actions: views.filter((a) => a.groupId === null || !live.has(a.groupId)),
    progress: {
      done: actions.filter((a) => a.status === "done").length,
      inProgress: actions.filter((a) => a.status === "in-progress").length,
      total: actions.length,
    },
  };
}

/** The debrief as a member sees it: managers always (a preview before publication), others once published. */
export async function readDebrief(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<DebriefView> {
  const challenge = await visibleChallenge(
    openChallengeStore(ctx.db, actor.workspaceId),
    actor,
    challengeId,
    ctx.now,
  );
  return debriefOf(ctx.db, challenge, managesChallenges(actor));
}

/** The debrief of a public challenge, for anyone, once published; before that it does not exist for the public. */
export async function readPublicDebrief(ctx: Context, challengeId: string): Promise<DebriefView> {
  const challenge = await publishedPublicDebrief(ctx.db, challengeId);
  return debriefOf(ctx.db, challenge, false);
}

/** A public challenge whose debrief is published, or `not-found`. */
export async function publishedPublicDebrief(db: Db, challengeId: string): Promise<ChallengeRow> {
  const workspaceId = await publicChallengeWorkspace(db, challengeId);
  const challenge = workspaceId
    ? await openChallengeStore(db, workspaceId).challenge(challengeId)
    : undefined;
  if (!challenge?.debriefPublishedAt) {
    throw new AppError("not-found", "This challenge has no published debrief open to the public.");
  }
  return challenge;
}

/** One action with its history, as the debrief shows it. */
export async function readAction(db: Db, workspaceId: string, action: ActionRow): Promise<ActionView> {
  const changes = await openDebriefStore(db, workspaceId).statusChanges(action.challengeId);
  return {
    ...action,
    history: historyOf(changes, action.id),
  };
}
