// The one erasure rule: a person's data taken out of one workspace, contributions kept or removed by its policy.
import type { Db } from "../../db/open-database.ts";
import {
  clearRemainder,
  createDeletedParticipant,
  fixPseudonyms,
  moveContributions,
  removeContributions,
  userColumns,
} from "../../db/stores/erasure-store.ts";
import type { Context } from "../context.ts";
import { requestOpinionMap } from "../conversations/recompute-opinion-map.ts";
import { requestSynthesis } from "../synthesis/recompute-synthesis.ts";
import {
  type ContributionsChoice,
  contributionsUnder,
  erasurePolicyOf,
} from "../workspaces/erasure-policy.ts";

/** The name the deleted participant shows, in the erased person's language. */
const deletedName = { fr: "Participant supprimé", en: "Deleted participant" } as const;

/** What an erasure did in one workspace, and what must be recomputed once it is committed. */
export interface WorkspaceErasure {
  workspaceId: string;
  contributions: ContributionsChoice;
  ideaChallenges: string[];
  conversationChallenges: string[];
}

/**
 * Takes `userId`'s data out of `workspaceId` inside the caller's transaction. Pseudonyms of the challenges they acted
 * in are fixed first, so no one else's shifts. Kept contributions move to a new "deleted participant" of this
 * workspace (one per person and workspace, so nothing links workspaces); removed ones go with what they counted
 * for. Then everything else of the person in the workspace goes: membership, follows, flags, notifications; their
 * id on others' work is emptied. A block stays.
 */
export async function eraseFromWorkspace(
  tx: Db,
  input: {
    userId: string;
    workspaceId: string;
    asked: ContributionsChoice | undefined;
    locale: string;
    now: Date;
  },
): Promise<WorkspaceErasure> {
  const { userId, workspaceId, now } = input;
  const contributions = contributionsUnder(await erasurePolicyOf(tx, workspaceId), input.asked);
  const columns = await userColumns(tx);
  await fixPseudonyms(tx, workspaceId, userId);
  let changed: Pick<WorkspaceErasure, "ideaChallenges" | "conversationChallenges"> = {
    ideaChallenges: [],
    conversationChallenges: [],
  };
  if (contributions === "keep") {
    const name = input.locale === "en" ? deletedName.en : deletedName.fr;
    const tombstone = await createDeletedParticipant(tx, workspaceId, name, now);
    await moveContributions(tx, columns, workspaceId, userId, tombstone);
  } else {
    changed = await removeContributions(tx, workspaceId, userId, now);
  }
  await clearRemainder(tx, columns, workspaceId, userId);
  return { workspaceId, contributions, ...changed };
}

/** After commit: the syntheses and opinion maps that counted removed ideas or votes are recomputed. */
export async function recomputeAfterErasure(
  ctx: Context,
  erasures: readonly WorkspaceErasure[],
): Promise<void> {
  for (const erasure of erasures) {
    for (const challengeId of erasure.ideaChallenges)
      await requestSynthesis(ctx, erasure.workspaceId, challengeId);
    for (const challengeId of erasure.conversationChallenges) {
      await requestOpinionMap(ctx, erasure.workspaceId, challengeId);
    }
  }
}
