// A manager archives a challenge (read-only, out of the lists) or brings it back.
import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { controlledChallenge } from "./challenge-rules.ts";
import { announceControl } from "./control-notice.ts";

/**
 * Archives or unarchives. An archived challenge stays readable at its address but leaves the workspace's and the
 * public lists, refuses every write (`challenge-archived`) and every control but unarchiving, duplicating and
 * deleting. Archiving an archived challenge changes nothing.
 */
export async function setChallengeArchived(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  archived: boolean,
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await controlledChallenge(store, challengeId, true);
    if ((current.archivedAt !== null) === archived) return current;
    const updated = await store.updateChallenge(
      challengeId,
      { archivedAt: archived ? ctx.now : null },
      ctx.now,
    );
    await announceControl(tx, actor, updated, archived ? "archived" : "unarchived", ctx.now);
    return updated;
  });
}
