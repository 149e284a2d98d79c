// What follows a manager's control of a challenge: the live event, and the participants' notice when dates moved.
import type { EventOf } from "../../contracts/events.ts";
import type { Db } from "../../db/open-database.ts";
import type { ChallengeRow } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import type { MemberActor } from "../context.ts";
import { notify } from "../notifications/notify.ts";
import { currentPhase } from "./current-phase.ts";

export type ControlChange = EventOf<"challenge.controlled">["data"]["change"];

/**
 * Publishes `challenge.controlled` to the workspace and, for a public challenge, to its public pages; with
 * `tellParticipants`, writes a `timeline-changed` notification to everyone who took part (not the manager).
 */
export async function announceControl(
  tx: Db,
  actor: MemberActor,
  challenge: ChallengeRow,
  change: ControlChange,
  now: Date,
  tellParticipants = false,
): Promise<void> {
  const { phase } = currentPhase(challenge, now);
  await publishEvent(
    tx,
    {
      type: "challenge.controlled",
      workspaceId: actor.workspaceId,
      at: now.toISOString(),
      data: { challengeId: challenge.id, change, phase },
    },
    challenge.audience === "public"
      ? { kind: "challenge-public", workspaceId: actor.workspaceId, challengeId: challenge.id }
      : { kind: "workspace", workspaceId: actor.workspaceId },
  );
  if (tellParticipants && challenge.status === "published") {
    await notify(
      tx,
      actor.workspaceId,
      {
        kind: "timeline-changed",
        challengeId: challenge.id,
        phase,
        recipients: (people) => people.participantsOf(challenge.id),
        except: [actor.userId],
      },
      now,
    );
  }
}
