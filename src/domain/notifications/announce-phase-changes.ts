// Tells the participants of each published challenge when it enters a new phase, once, whatever the number of servers.
import { claimPhase, publishedTimelines } from "../../db/stores/phase-store.ts";
import { currentPhase, type Phase, phases } from "../challenges/current-phase.ts";
import type { Context } from "../context.ts";
import { notify } from "./notify.ts";

/** The phases whose start participants hear of. */
export const announcedPhases: readonly Phase[] = ["contributions", "voting", "synthesis", "debrief"];

/**
 * Looks at every published challenge at `ctx.now`; for each whose phase differs from the last announced one, claims
 * the change (see claimPhase) and, in the same transaction, notifies the people who took part. A challenge seen for
 * the first time is only recorded; a phase going back (a deadline extended) is ignored, so that each phase is
 * announced at most once, however the dates move. Returns the number of announcements made by this call.
 */
export async function announcePhaseChanges(ctx: Pick<Context, "db" | "now">): Promise<number> {
  let announced = 0;
  for (const challenge of await publishedTimelines(ctx.db)) {
    const { phase } = currentPhase(challenge, ctx.now);
    const previous = challenge.lastAnnouncedPhase;
    if (phase === previous) continue;
    if (previous !== null && phases.indexOf(phase) < phases.indexOf(previous as Phase)) continue;
    const made = await ctx.db.transaction(async (tx) => {
      if (!(await claimPhase(tx, challenge.id, previous, phase))) return false;
      if (previous === null || !announcedPhases.includes(phase)) return false;
      await notify(
        tx,
        challenge.workspaceId,
        {
          kind: "phase-changed",
          challengeId: challenge.id,
          phase,
          recipients: (people) => people.participantsOf(challenge.id),
          except: [],
        },
        ctx.now,
      );
      return true;
    });
    if (made) announced += 1;
  }
  return announced;
}
