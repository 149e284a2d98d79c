// A manager writes a challenge's brief and timeline; it stays a draft, seen by managers only, until published.

import {
  type ChallengeRow,
  type ChallengeValues,
  openChallengeStore,
} from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertNotBornClosed, type BriefInput, briefValues } from "./brief.ts";

/** Creates the challenge; a timeline already over is refused unless `importsPastConsultation` (see brief.ts). */
export async function createChallenge(
  ctx: Context,
  actor: MemberActor,
  input: BriefInput & { importsPastConsultation?: boolean },
): Promise<ChallengeRow> {
  const { importsPastConsultation, ...brief } = input;
  assertNotBornClosed(brief.timeline, ctx.now, importsPastConsultation);
  const values = { status: "draft", ...briefValues(brief), createdBy: actor.userId } as ChallengeValues;
  return ctx.db.transaction(async (tx) => {
    const challenge = await openChallengeStore(tx, actor.workspaceId).insertChallenge(values);
    if (challenge.status === "published") {
      await publishEvent(
        tx,
        {
          type: "challenge.published",
          workspaceId: actor.workspaceId,
          at: ctx.now.toISOString(),
          data: { challengeId: challenge.id, title: challenge.title },
        },
        { kind: "workspace", workspaceId: actor.workspaceId },
      );
    }
    return challenge;
  });
}
