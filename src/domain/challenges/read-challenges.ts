// Reading challenges: the list and one challenge, each with its phase, countdown and engagement figures.
import {
  type ChallengeRow,
  type ChallengeStore,
  openChallengeStore,
} from "../../db/stores/challenge-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { can } from "../permissions.ts";
import { medianFirstAnswerSeconds } from "./answer-times.ts";
import { type Asker, type ChallengeAbilities, challengeAbilities } from "./challenge-abilities.ts";
import { isVisible, managesChallenges, visibleChallenge } from "./challenge-rules.ts";
import { currentPhase, type PhaseAt } from "./current-phase.ts";

/** A challenge with what the clock and its contributions say about it now. */
export interface ChallengeOverview extends PhaseAt {
  challenge: ChallengeRow;
  ideaCount: number;
  participantCount: number;
  /** Median seconds from an idea to its first official answer; null while none is answered. */
  medianFirstAnswerSeconds: number | null;
  /** The debrief; a draft one only for managers. */
  debrief: { text: string; mediaUrl: string | null; publishedAt: Date | null } | null;
  /** How many ideas were retained, are under study, or were not retained. */
  outcomeCounts: { retained: number; studied: number; notRetained: number };
  /** What the reader may do on it now. */
  abilities: ChallengeAbilities;
}

/** A challenge with its phase, countdown and figures at `now`, and what `asker` may do (a manager sees drafts). */
export async function challengeOverview(
  store: ChallengeStore,
  challenge: ChallengeRow,
  now: Date,
  asker: Asker,
): Promise<ChallengeOverview> {
  const seesDrafts = asker !== null && can(asker.role, "challenge.manage");
  const [tallies, answerTimes] = await Promise.all([
    store.tallies(challenge.id),
    store.answerTimes(challenge.id),
  ]);
  const showDebrief = challenge.debriefText !== null && (seesDrafts || challenge.debriefPublishedAt !== null);
  return {
    debrief: showDebrief
      ? {
          text: challenge.debriefText ?? "",
          mediaUrl: challenge.debriefMediaUrl,
          publishedAt: challenge.debriefPublishedAt,
        }
      : null,
    outcomeCounts: tallies.outcomes,
    challenge,
    ...currentPhase(challenge, now),
    ideaCount: tallies.ideas,
    participantCount: tallies.participants,
    medianFirstAnswerSeconds: medianFirstAnswerSeconds(answerTimes),
    abilities: challengeAbilities(challenge, asker, now),
  };
}

/**
 * The challenges the actor may see (drafts only for managers), latest first; archived ones are out of the list, and
 * `archived` lists only them (for managers, who may unarchive them).
 */
export async function listChallenges(
  ctx: Context,
  actor: MemberActor,
  options: { archived?: boolean } = {},
): Promise<ChallengeOverview[]> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const wantArchived = options.archived === true && managesChallenges(actor);
  const rows = (await store.challenges()).filter(
    (row) => isVisible(row, actor, ctx.now) && (row.archivedAt !== null) === wantArchived,
  );
  const result: ChallengeOverview[] = [];
  for (const row of rows) result.push(await challengeOverview(store, row, ctx.now, actor));
  return result;
}

export async function showChallenge(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<ChallengeOverview> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const challenge = await visibleChallenge(store, actor, challengeId, ctx.now);
  return challengeOverview(store, challenge, ctx.now, actor);
}
