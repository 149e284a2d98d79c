// The public face: the public challenges of the instance, or of one workspace, for anyone without an account.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { type PublicChallengeRow, publicChallenges } from "../../db/stores/public-store.ts";
import { AppError } from "../../errors.ts";
import { currentPhase } from "../challenges/current-phase.ts";
import { type ChallengeOverview, challengeOverview } from "../challenges/read-challenges.ts";
import type { Context } from "../context.ts";

export interface PublicChallengeSummary {
  overview: ChallengeOverview;
  workspace: PublicChallengeRow["workspace"];
}

/**
 * Public, published challenges already announced, newest first, with their phase, next deadline and counts; only
 * published debriefs are shown. `workspaceId` narrows to one workspace.
 */
export async function listPublicChallenges(
  ctx: Context,
  workspaceId?: string,
): Promise<PublicChallengeSummary[]> {
  const rows = (await publicChallenges(ctx.db, workspaceId)).filter(
    (row) => currentPhase(row.challenge, ctx.now).phase !== "upcoming" && row.challenge.archivedAt === null,
  );
  const result: PublicChallengeSummary[] = [];
  for (const row of rows) {
    const store = openChallengeStore(ctx.db, row.workspace.id);
    result.push({
      overview: await challengeOverview(store, row.challenge, ctx.now, null),
      workspace: row.workspace,
    });
  }
  return result;
}

/**
 * The home of one workspace: its public challenges. A workspace with none is not found, so that its name and
 * existence stay with its members.
 */
export async function showPublicWorkspace(
  ctx: Context,
  workspaceId: string,
): Promise<{ workspace: PublicChallengeRow["workspace"]; challenges: PublicChallengeSummary[] }> {
  const challenges = await listPublicChallenges(ctx, workspaceId);
  const first = challenges[0];
  if (!first) throw new AppError("not-found", "This workspace has no challenge open to the public.");
  return { workspace: first.workspace, challenges };
}
