// Saves the frame of the audit and re-matches every mention against its queries, then rebuilds the rollups.
import type { ListeningFrame } from "../../db/schema/listening.ts";
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import { compileFrame } from "./mention-reading.ts";

/** Validates the frame (a bad query names its field and nothing changes), stores it and re-matches, in one transaction. */
export async function saveFrame(ctx: Context, actor: MemberActor, projectId: string, frame: ListeningFrame) {
  const matcher = compileFrame(frame);
  await ctx.db.transaction(async (tx) => {
    const { store } = await projectOf(tx, actor.workspaceId, projectId, true);
    await store.updateProject(projectId, { frame }, ctx.now);
    const texts = await store.mentionTexts(projectId);
    await store.setBrands(
      projectId,
      texts.map((m) => m.id),
      texts.map((m) => (matcher.inScope(m) ? matcher.brandsOf(m.text) : [])),
    );
    await openListeningFiguresStore(tx, actor.workspaceId).refreshRollups(projectId);
    await publishListeningEvent(
      tx,
      actor.workspaceId,
      "listening.changed",
      { projectId, what: "frame" },
      ctx.now,
    );
  });
}
