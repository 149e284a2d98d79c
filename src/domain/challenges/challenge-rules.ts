// Rules every challenge use case shares: who sees a challenge, which phase allows what, who may contribute.
import type { ChallengeRow, ChallengeStore, IdeaRow } from "../../db/stores/challenge-store.ts";
import { AppError } from "../../errors.ts";
import type { MemberActor } from "../context.ts";
import { can } from "../permissions.ts";
import { currentPhase, type Phase, phases, type TimelineField } from "./current-phase.ts";

/** Whether the actor writes the brief and timeline, sees drafts, and answers officially. */
export function managesChallenges(actor: MemberActor): boolean {
  return can(actor.role, "challenge.manage");
}

/** A challenge the actor may see: managers see drafts; others see published challenges once announced. */
export async function visibleChallenge(
  store: ChallengeStore,
  actor: MemberActor,
  challengeId: string,
  now: Date,
  lock = false,
): Promise<ChallengeRow> {
  const challenge = await store.challenge(challengeId, lock);
  if (!challenge || !isVisible(challenge, actor, now)) {
    throw new AppError("not-found", "This challenge does not exist in this workspace.");
  }
  return challenge;
}

export function isVisible(challenge: ChallengeRow, actor: MemberActor, now: Date): boolean {
  if (managesChallenges(actor)) return true;
  return challenge.status === "published" && currentPhase(challenge, now).phase !== "upcoming";
}

/** Whether the actor hides and restores ideas and comments, and sees hidden ones. */
export function moderates(actor: MemberActor): boolean {
  return can(actor.role, "content.moderate");
}

/**
 * A published idea of a challenge the actor may see, with that challenge; a hidden idea only for moderators and its
 * author.
 */
export async function visibleIdea(
  store: ChallengeStore,
  actor: MemberActor,
  ideaId: string,
  now: Date,
  lock = false,
): Promise<{ idea: IdeaRow; challenge: ChallengeRow }> {
  const idea = await store.idea(ideaId, lock);
  const challenge = idea && (await store.challenge(idea.challengeId));
  return assertIdeaVisible(idea, challenge, actor, now);
}

/** The rule of `visibleIdea` on rows already read (a published idea and its challenge, or undefined). */
export function assertIdeaVisible(
  idea: IdeaRow | undefined,
  challenge: ChallengeRow | undefined,
  actor: MemberActor,
  now: Date,
): { idea: IdeaRow; challenge: ChallengeRow } {
  const hiddenFromActor = idea?.hiddenAt && !moderates(actor) && idea.authorId !== actor.userId;
  if (!idea || !challenge || !isVisible(challenge, actor, now) || hiddenFromActor) {
    throw new AppError("not-found", "This idea does not exist in this workspace.");
  }
  return { idea, challenge };
}

/** A hidden idea takes no more comments, reactions or supports until a moderator restores it. */
export function assertNotHidden(idea: IdeaRow, what: string): void {
  if (idea.hiddenAt) {
    throw new AppError(
      "conflict",
      `This idea is hidden by moderation (${idea.hiddenReason ?? "no reason"}): ${what} is closed on it.`,
    );
  }
}

const phaseNames: Record<Phase, string> = {
  upcoming: "before its announcement",
  announcement: "announced, contributions not yet open",
  contributions: "open for contributions",
  voting: "in its voting phase",
  synthesis: "in its synthesis phase",
  debrief: "in its debrief",
};

const deadlineNames: Record<TimelineField, string> = {
  announcementAt: "announcement",
  contributionsOpenAt: "opening of contributions",
  contributionsCloseAt: "contributions deadline",
  votingCloseAt: "voting deadline",
  synthesisCloseAt: "end of the synthesis",
};

/** The date that opens each phase (the one that ends the phase before it). */
const openedBy: Record<Phase, TimelineField> = {
  upcoming: "announcementAt",
  announcement: "announcementAt",
  contributions: "contributionsOpenAt",
  voting: "contributionsCloseAt",
  synthesis: "votingCloseAt",
  debrief: "synthesisCloseAt",
};

/**
 * Throws `phase-closed` unless the challenge is published and in one of `allowed` phases at `now`; the message names
 * the deadline that passed (or the date the phase opens), so nobody wonders why their contribution was refused.
 */
export function assertPhase(
  challenge: ChallengeRow,
  now: Date,
  allowed: readonly Phase[],
  what: string,
): void {
  assertWritable(challenge, what);
  const { phase } = currentPhase(challenge, now);
  const details = { phase, allowed };
  if (challenge.status !== "published") {
    throw new AppError("phase-closed", `This challenge is not published yet: ${what} must wait.`, {
      details,
    });
  }
  if (allowed.includes(phase)) return;
  const first = allowed[0] as Phase;
  const last = allowed[allowed.length - 1] as Phase;
  if (phases.indexOf(phase) < phases.indexOf(first)) {
    const opens = challenge[openedBy[first]];
    throw new AppError(
      "phase-closed",
      `This challenge is ${phaseNames[phase]}: ${what} opens on ${opens.toISOString()}.`,
      { details: { ...details, opensAt: opens.toISOString() } },
    );
  }
  const field: TimelineField =
    last === "contributions"
      ? "contributionsCloseAt"
      : last === "voting"
        ? "votingCloseAt"
        : "synthesisCloseAt";
  const deadline = challenge[field];
  throw new AppError(
    "phase-closed",
    `The ${deadlineNames[field]} passed on ${deadline.toISOString()}: ${what} is closed.`,
    { details: { ...details, deadline: deadline.toISOString(), deadlineField: field } },
  );
}

/**
 * Throws `challenge-archived` on an archived challenge (read-only) and `challenge-paused` on a paused one: a manager
 * stopped every write until it resumes, whatever the phase.
 */
export function assertWritable(challenge: ChallengeRow, what: string): void {
  if (challenge.archivedAt) {
    throw new AppError("challenge-archived", `This challenge is archived and read-only: ${what} is closed.`, {
      details: { archivedAt: challenge.archivedAt.toISOString() },
    });
  }
  if (challenge.pausedAt) {
    throw new AppError(
      "challenge-paused",
      `This challenge is paused since ${challenge.pausedAt.toISOString()}: ${what} waits until it resumes.`,
      { details: { pausedAt: challenge.pausedAt.toISOString() } },
    );
  }
}

/** Anonymous members contribute only to challenges that welcome them. */
export function assertMayContribute(challenge: ChallengeRow, actor: MemberActor): void {
  if (actor.anonymous && !challenge.allowAnonymous) {
    throw new AppError(
      "anonymous-not-allowed",
      "This challenge asks participants to sign up before contributing.",
    );
  }
}

/** Checks an address is an http or https URL; returns it trimmed, or null when empty. */
export function webUrl(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new AppError("invalid-input", `${field} must be a web address (https://…).`, { field });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("invalid-input", `${field} must start with http:// or https://.`, { field });
  }
  return url.toString();
}

/** Trims a required text; an empty one is an `invalid-input` on `field`. */
export function requiredText(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new AppError("invalid-input", `${field} must not be empty.`, { field });
  return trimmed;
}

/**
 * A challenge a manager controls, its row locked for the change; an archived one only when `archivedToo` (unarchiving,
 * duplicating, deleting), since an archive is read-only.
 */
export async function controlledChallenge(
  store: ChallengeStore,
  challengeId: string,
  archivedToo = false,
): Promise<ChallengeRow> {
  const challenge = await store.challenge(challengeId, true);
  if (!challenge) throw new AppError("not-found", "This challenge does not exist in this workspace.");
  if (challenge.archivedAt && !archivedToo) {
    throw new AppError(
      "challenge-archived",
      "This challenge is archived and read-only: unarchive it first.",
      {
        details: { archivedAt: challenge.archivedAt.toISOString() },
      },
    );
  }
  return challenge;
}

/** Throws `conflict` unless the challenge is published: a draft's dates are simply edited. */
export function assertPublished(challenge: ChallengeRow, what: string): void {
  if (challenge.status !== "published") {
    throw new AppError(
      "conflict",
      `This challenge is a draft: ${what} applies once it is published; edit its dates instead.`,
    );
  }
}
