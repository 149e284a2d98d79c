// Corrections of the machine's reading, one mention or every mention of a filtered list: applied at once, kept forever.
import type { MentionFilter } from "../../db/stores/listening-figures-store.ts";
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import type { MentionPolarity } from "./mention-reading.ts";

export interface Correction {
  polarity?: MentionPolarity;
  emotions?: string[];
  dimension?: string;
  relevant?: boolean;
}

/** Most mentions one bulk correction may change. */
export const bulkLimit = 10_000;

async function apply(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  select: (db: Parameters<typeof projectOf>[0]) => Promise<number[]>,
  correction: Correction,
) {
  if (Object.values(correction).every((v) => v === undefined))
    throw new AppError("invalid-input", "say what to correct: polarity, emotions, dimension or relevant", {
      field: "polarity",
    });
  return ctx.db.transaction(async (tx) => {
    const { store } = await projectOf(tx, actor.workspaceId, projectId, true);
    const ids = await select(tx);
    if (ids.length > bulkLimit)
      throw new AppError(
        "invalid-input",
        `a bulk correction changes at most ${bulkLimit} mentions; narrow the filter`,
        { field: "filter", details: { limit: bulkLimit, selected: ids.length } },
      );
    const changed = await store.saveCorrection(projectId, ids, correction, actor.userId, ctx.now);
    if (changed === 0) return 0;
    await store.applyReadings(projectId, { mentionIds: ids });
    await openListeningFiguresStore(tx, actor.workspaceId).refreshRollups(projectId);
    await publishListeningEvent(
      tx,
      actor.workspaceId,
      "listening.changed",
      { projectId, what: "corrections" },
      ctx.now,
    );
    return changed;
  });
}

/** Corrects one mention; not-found when it is not the project's. */
export async function correctMention(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  mentionId: number,
  correction: Correction,
) {
  const changed = await apply(ctx, actor, projectId, async () => [mentionId], correction);
  if (changed === 0) throw new AppError("not-found", "This mention does not exist.", { field: "mentionId" });
}

/** Corrects every mention the filter selects (as the verbatims list shows it); returns how many changed. */
export async function correctMentions(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  filter: MentionFilter,
  correction: Correction,
) {
  return apply(
    ctx,
    actor,
    projectId,
    (tx) => openListeningFiguresStore(tx, actor.workspaceId).mentionIds(projectId, filter),
    correction,
  );
}
