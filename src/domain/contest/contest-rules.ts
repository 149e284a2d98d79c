// Rules every contest use case shares: who is the jury, which challenges are contests, when results are frozen.
import type { ChallengeRow, ChallengeStore, IdeaRow } from "../../db/stores/challenge-store.ts";
import type { ContestRow } from "../../db/stores/contest-store.ts";
import { AppError } from "../../errors.ts";
import { visibleChallenge, visibleIdea } from "../challenges/challenge-rules.ts";
import type { MemberActor } from "../context.ts";
import { can } from "../permissions.ts";

/** Whether the actor sits on the jury (owners and managers: see permissions.ts). */
export function isJuror(actor: MemberActor): boolean {
  return can(actor.role, "contest.judge");
}

/** A challenge the actor may see that is a contest (it has a prize); else `conflict` on `contestPrize`. */
export async function contestChallenge(
  store: ChallengeStore,
  actor: MemberActor,
  challengeId: string,
  now: Date,
  lock = false,
): Promise<ChallengeRow> {
  const challenge = await visibleChallenge(store, actor, challengeId, now, lock);
  if (challenge.contestPrize === null) {
    throw new AppError("conflict", "This challenge is not a contest: give it a prize first.", {
      field: "contestPrize",
    });
  }
  return challenge;
}

/** A published, visible idea of this very challenge; another challenge's idea is not found here. */
export async function contestIdea(
  store: ChallengeStore,
  actor: MemberActor,
  challenge: ChallengeRow,
  ideaId: string,
  now: Date,
  field = "ideaId",
): Promise<IdeaRow> {
  const { idea } = await visibleIdea(store, actor, ideaId, now).catch(() => {
    throw new AppError("not-found", "This idea does not exist in this challenge.", { field });
  });
  if (idea.challengeId !== challenge.id || idea.status !== "published") {
    throw new AppError("not-found", "This idea does not exist in this challenge.", { field });
  }
  return idea;
}

/** Once winners are announced, the jury's work is closed: nothing about finalists or scores changes. */
export function assertNotAnnounced(contest: ContestRow, what: string): void {
  if (contest.announcedAt) {
    throw new AppError(
      "phase-closed",
      `The winners were announced on ${contest.announcedAt.toISOString()}: ${what} is closed.`,
      { details: { announcedAt: contest.announcedAt.toISOString() } },
    );
  }
}
