// The project manager says what became of an idea: retained, under study, or not retained, and why.
import { type IdeaRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { notify, notifyIdeaSelected } from "../notifications/notify.ts";
import { assertPhase, visibleIdea } from "./challenge-rules.ts";
import { phaseRules } from "./phase-rules.ts";

export type Outcome = NonNullable<IdeaRow["outcome"]>;

/**
 * Sets (or changes) an idea's outcome once contributions are closed. An idea not retained needs a note: saying why is
 * what keeps the approach sincere.
 */
export async function setIdeaOutcome(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  input: { outcome: Outcome; note?: string | null },
): Promise<IdeaRow> {
  const note = input.note?.trim() || null;
  if (input.outcome === "not-retained" && !note) {
    throw new AppError("invalid-input", "note is required: tell participants why the idea is not retained.", {
      field: "note",
    });
  }
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now, true);
    assertPhase(challenge, ctx.now, phaseRules.outcome, "deciding what becomes of ideas");
    // The author of a newly retained idea hears "your idea is selected"; the other followers, its outcome.
    const selected = input.outcome === "retained" && idea.outcome !== "retained";
    if (selected) await notifyIdeaSelected(tx, actor, challenge.id, ideaId, ctx.now);
    await notify(
      tx,
      actor.workspaceId,
      {
        kind: "outcome-set",
        challengeId: challenge.id,
        ideaId,
        recipients: (people) => people.followersOf(ideaId),
        except: selected ? [actor.userId, idea.authorId] : [actor.userId],
      },
      ctx.now,
    );
    const updated = await store.setOutcome(ideaId, {
      outcome: input.outcome,
      outcomeNote: note,
      outcomeAt: ctx.now,
    });
    await publishEvent(
      tx,
      {
        type: "idea.outcome-set",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId: challenge.id, ideaId, outcome: input.outcome },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return updated;
  });
}
