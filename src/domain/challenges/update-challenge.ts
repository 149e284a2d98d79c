// A manager edits a challenge's brief, publishes it, or (while a draft) moves its timeline.

import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import type { BriefInput } from "./brief.ts";
import { assertNotBornClosed, briefValues } from "./brief.ts";
import { controlledChallenge } from "./challenge-rules.ts";
import type { Timeline } from "./current-phase.ts";

export type BriefChanges = Partial<Omit<BriefInput, "timeline" | "projectManager">> & {
  projectManager?: BriefInput["projectManager"];
  timeline?: Partial<Timeline>;
  /** The challenge records a past consultation: its timeline may be already over. */
  importsPastConsultation?: boolean;
};

/**
 * Applies the given changes. Once published, a challenge's dates are a promise to its participants: they move only
 * through `extendDeadline` (later, never earlier), and it cannot go back to draft.
 */
export async function updateChallenge(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  changes: BriefChanges,
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await controlledChallenge(store, challengeId);
    if (current.status === "published" && changes.status === "draft") {
      throw new AppError("conflict", "A published challenge cannot go back to draft.", { field: "status" });
    }
    if (current.status === "published" && changes.timeline !== undefined) {
      throw new AppError(
        "conflict",
        "The dates of a published challenge only move later: extend a deadline instead.",
        { field: "timeline" },
      );
    }
    const { timeline, importsPastConsultation, ...rest } = changes;
    if (timeline !== undefined || (current.status === "draft" && changes.status === "published")) {
      assertNotBornClosed({ ...pickTimeline(current), ...timeline }, ctx.now, importsPastConsultation);
    }
    const values = briefValues({
      ...rest,
      ...(timeline ? { timeline: { ...pickTimeline(current), ...timeline } } : {}),
    });
    const updated = await store.updateChallenge(challengeId, values, ctx.now);
    if (current.status === "draft" && updated.status === "published") {
      await publishEvent(
        tx,
        {
          type: "challenge.published",
          workspaceId: actor.workspaceId,
          at: ctx.now.toISOString(),
          data: { challengeId, title: updated.title },
        },
        { kind: "workspace", workspaceId: actor.workspaceId },
      );
    }
    return updated;
  });
}

function pickTimeline(row: ChallengeRow): Timeline {
  return {
    announcementAt: row.announcementAt,
    contributionsOpenAt: row.contributionsOpenAt,
    contributionsCloseAt: row.contributionsCloseAt,
    votingCloseAt: row.votingCloseAt,
    synthesisCloseAt: row.synthesisCloseAt,
  };
}
