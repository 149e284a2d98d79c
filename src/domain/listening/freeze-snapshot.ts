// Freezes the audit as a snapshot: frame, engine and lexicon versions and every figure, never changed afterwards.
import type { Context, MemberActor } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import { computeAudit } from "./read-audit.ts";

/** Computes the audit under the project's lock (no import or correction lands in between) and stores it as JSON. */
export async function freezeSnapshot(ctx: Context, actor: MemberActor, projectId: string, name: string) {
  return ctx.db.transaction(async (tx) => {
    const { store, project } = await projectOf(tx, actor.workspaceId, projectId, true);
    const audit = await computeAudit(tx, actor.workspaceId, project);
    const row = await store.addSnapshot({
      projectId,
      name: name.trim(),
      content: audit,
      frozenBy: actor.userId,
      frozenAt: ctx.now,
    });
    await publishListeningEvent(
      tx,
      actor.workspaceId,
      "listening.changed",
      { projectId, what: "snapshot" },
      ctx.now,
    );
    return row;
  });
}
