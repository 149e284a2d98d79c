// Response schemas of the public face: what anyone reads of an instance's public challenges without an account.
import { Type } from "@sinclair/typebox";
import { Challenge } from "./challenges.ts";
import { Uuid } from "./common.ts";

const WorkspaceName = Type.Object({ id: Uuid, name: Type.String() });

/** A public challenge on a home page: brief, phase, next deadline, counts, and whose it is. */
export const PublicChallengeSummary = Type.Object({ challenge: Challenge, workspace: WorkspaceName });
export const PublicChallengeList = Type.Object({
  challenges: Type.Array(PublicChallengeSummary, {
    description: "Published public challenges already announced, newest first (at most 200)",
  }),
});
export const PublicWorkspaceParams = Type.Object({ workspaceId: Uuid });
export const PublicWorkspaceHome = Type.Object({
  workspace: WorkspaceName,
  challenges: Type.Array(PublicChallengeSummary),
});
export const PublicIdeaParams = Type.Object({ challengeId: Uuid, ideaId: Uuid });
