// Ends the imports whose job will never run again (dead after its last attempt), so the page stops waiting for them.
import { settleStalledImports as settle } from "../../db/stores/stalled-import-store.ts";
import type { Context } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";

/** An import's job is queued in the import's own transaction: a minute is far more than any commit takes. */
const graceMs = 60_000;

/** Fails the stalled imports and tells their projects' readers; returns how many. */
export async function settleStalledImports(ctx: Context): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const settled = await settle(tx, graceMs, "the import stopped: its worker stopped each time it ran it");
    for (const row of settled) {
      await publishListeningEvent(
        tx,
        row.workspaceId,
        "mention-import.finished",
        { projectId: row.projectId, importId: row.id, status: "failed", taken: 0 },
        ctx.now,
      );
    }
    return settled.length;
  });
}
