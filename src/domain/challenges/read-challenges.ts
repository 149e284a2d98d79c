// Reading challenges: the list and one challenge, each with its phase, countdown and engagement figures.
import {
  type ChallengeRow,
  type ChallengeStore,
  openChallengeStore,
} from "../../db/stores/challenge-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { medianFirstAnswerSeconds } from "./answer-times.ts";
import { isVisible, visibleChallenge } from "./challenge-rules.ts";
import { currentPhase, type PhaseAt } from "./current-phase.ts";

/** A challenge with what the clock and its contributions say about it now. */
export interface ChallengeOverview extends PhaseAt {
  challenge: ChallengeRow;
  ideaCount: number;
  participantCount: number;
  /** Median seconds from an idea to its first official answer; null while none is answered. */
  medianFirstAnswerSeconds: number | null;
}

/** A challenge with its phase, countdown and figures at `now`. */
export async function challengeOverview(
  store: ChallengeStore,
  challenge: ChallengeRow,
  now: Date,
): Promise<ChallengeOverview> {
  const [tallies, answerTimes] = await Promise.all([
    store.tallies(challenge.id),
    store.answerTimes(challenge.id),
  ]);
  return {
    challenge,
    ...currentPhase(challenge, now),
    ideaCount: tallies.ideas,
    participantCount: tallies.participants,
    medianFirstAnswerSeconds: medianFirstAnswerSeconds(answerTimes),
  };
}

/** The challenges the actor may see (drafts only for managers), latest first. */
export async function listChallenges(ctx: Context, actor: MemberActor): Promise<ChallengeOverview[]> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const rows = (await store.challenges()).filter((row) => isVisible(row, actor, ctx.now));
  const result: ChallengeOverview[] = [];
  for (const row of rows) result.push(await challengeOverview(store, row, ctx.now));
  return result;
}

export async function showChallenge(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<ChallengeOverview> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  return challengeOverview(store, await visibleChallenge(store, actor, challengeId, ctx.now), ctx.now);
}
