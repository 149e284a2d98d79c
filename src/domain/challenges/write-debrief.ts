// The project manager's debrief to participants: what was said, what will be done; published once voting is over.
import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { notify } from "../notifications/notify.ts";
import { assertPhase, requiredText, webUrl } from "./challenge-rules.ts";

/**
 * Saves the debrief; with `publish`, participants see it from then on (publishing again keeps the first date).
 * A draft may be written at any time; publishing waits for the end of voting, when there is something to report.
 */
export async function writeDebrief(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { text: string; mediaUrl?: string | null; publish?: boolean },
): Promise<ChallengeRow> {
  const text = requiredText(input.text, "text");
  const mediaUrl = webUrl(input.mediaUrl, "mediaUrl");
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await store.challenge(challengeId, true);
    if (!current) throw new AppError("not-found", "This challenge does not exist in this workspace.");
    const publishing = input.publish === true && current.debriefPublishedAt === null;
    if (publishing) assertPhase(current, ctx.now, ["synthesis", "debrief"], "publishing the debrief");
    const updated = await store.updateChallenge(
      challengeId,
      {
        debriefText: text,
        debriefMediaUrl: mediaUrl,
        ...(publishing ? { debriefPublishedAt: ctx.now } : {}),
      },
      ctx.now,
    );
    if (publishing) {
      await notify(
        tx,
        actor.workspaceId,
        {
          kind: "debrief-published",
          challengeId,
          recipients: (people) => people.contributorsOf(challengeId),
          except: [actor.userId],
        },
        ctx.now,
      );
    }
    if (updated.debriefPublishedAt) {
      await publishEvent(
        tx,
        {
          type: "challenge.debriefed",
          workspaceId: actor.workspaceId,
          at: ctx.now.toISOString(),
          data: { challengeId, firstPublication: publishing },
        },
        { kind: "challenge-public", workspaceId: actor.workspaceId, challengeId },
      );
    }
    return updated;
  });
}
