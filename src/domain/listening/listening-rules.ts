// Rules of a project ("treat marché de Noël as neutral", "Loire in this source is not about us"), applied at once.
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import type { MentionPolarity } from "./mention-reading.ts";

export interface RuleInput {
  term: string;
  source?: string | null;
  polarity?: MentionPolarity | null;
  relevant?: boolean | null;
}

async function reapply<T>(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  change: (store: Awaited<ReturnType<typeof projectOf>>["store"]) => Promise<T>,
) {
  return ctx.db.transaction(async (tx) => {
    const { store } = await projectOf(tx, actor.workspaceId, projectId, true);
    const result = await change(store);
    await store.applyReadings(projectId);
    await openListeningFiguresStore(tx, actor.workspaceId).refreshRollups(projectId);
    await publishListeningEvent(
      tx,
      actor.workspaceId,
      "listening.changed",
      { projectId, what: "rules" },
      ctx.now,
    );
    return result;
  });
}

/** Adds a rule; it must set a polarity or mark mentions as not about us. Corrections still win over it. */
export async function addRule(ctx: Context, actor: MemberActor, projectId: string, input: RuleInput) {
  const term = input.term.trim();
  if (term === "") throw new AppError("invalid-input", "the rule's term is empty", { field: "term" });
  if (!input.polarity && input.relevant !== false)
    throw new AppError("invalid-input", "a rule sets a polarity or marks mentions as not relevant", {
      field: "polarity",
    });
  return reapply(ctx, actor, projectId, (store) =>
    store.addRule({
      projectId,
      term,
      source: input.source?.trim() || null,
      polarity: input.polarity ?? null,
      relevant: input.relevant === false ? false : null,
      createdBy: actor.userId,
    }),
  );
}

export async function deleteRule(ctx: Context, actor: MemberActor, projectId: string, ruleId: string) {
  await reapply(ctx, actor, projectId, async (store) => {
    if (!(await store.deleteRule(projectId, ruleId)))
      throw new AppError("not-found", "This rule does not exist.");
  });
}

export async function readRules(ctx: Context, actor: MemberActor, projectId: string) {
  const { store } = await projectOf(ctx.db, actor.workspaceId, projectId);
  return store.rules(projectId);
}
