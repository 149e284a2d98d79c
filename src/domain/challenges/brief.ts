// The brief and timeline of a challenge as use cases receive them, and their checks shared by create and update.
import type { ChallengeValues } from "../../db/stores/challenge-store.ts";
import { AppError } from "../../errors.ts";
import { requiredText, webUrl } from "./challenge-rules.ts";
import { misorderedField, type Timeline } from "./current-phase.ts";

export interface BriefInput {
  title: string;
  question: string;
  /** What participants gain, said plainly. */
  benefit: string;
  rules?: string;
  coverImageUrl?: string | null;
  audience?: "members" | "public";
  allowAnonymous?: boolean;
  categories?: string[];
  projectManager: { name: string; text?: string; mediaUrl?: string | null };
  participationGoal?: number | null;
  leaderboard?: boolean;
  /** Makes the challenge a contest with this prize; null or empty makes it a plain ideation challenge. */
  contestPrize?: string | null;
  /** The challenge holds a conversation of statements; `statementModeration` holds participants' statements for review. */
  conversation?: boolean;
  statementModeration?: boolean;
  status?: "draft" | "published";
  timeline: Timeline;
}

/** Checks and normalizes the given parts of a brief into column values (absent parts stay absent). */
export function briefValues(input: Partial<BriefInput>): Partial<ChallengeValues> {
  const values: Partial<ChallengeValues> = {};
  if (input.title !== undefined) values.title = requiredText(input.title, "title");
  if (input.question !== undefined) values.question = requiredText(input.question, "question");
  if (input.benefit !== undefined) values.benefit = requiredText(input.benefit, "benefit");
  if (input.rules !== undefined) values.rules = input.rules.trim();
  if (input.coverImageUrl !== undefined) values.coverImageUrl = webUrl(input.coverImageUrl, "coverImageUrl");
  if (input.audience !== undefined) values.audience = input.audience;
  if (input.allowAnonymous !== undefined) values.allowAnonymous = input.allowAnonymous;
  if (input.categories !== undefined) values.categories = categoryList(input.categories);
  if (input.projectManager !== undefined) {
    const manager = input.projectManager;
    values.managerName = requiredText(manager.name, "projectManager.name");
    values.managerText = manager.text?.trim() ?? "";
    values.managerMediaUrl = webUrl(manager.mediaUrl, "projectManager.mediaUrl");
  }
  if (input.participationGoal !== undefined) values.participationGoal = input.participationGoal;
  if (input.leaderboard !== undefined) values.leaderboard = input.leaderboard;
  if (input.contestPrize !== undefined) values.contestPrize = input.contestPrize?.trim() || null;
  if (input.conversation !== undefined) values.conversation = input.conversation;
  if (input.statementModeration !== undefined) values.statementModeration = input.statementModeration;
  if (input.status !== undefined) values.status = input.status;
  if (input.timeline !== undefined) Object.assign(values, checkedTimeline(input.timeline));
  return values;
}

/** Throws `invalid-input` on the first date that does not follow the previous one. */
export function checkedTimeline(timeline: Timeline): Timeline {
  const wrong = misorderedField(timeline);
  if (wrong) {
    throw new AppError(
      "invalid-input",
      `timeline.${wrong.field} must come after timeline.${wrong.previous} (${timeline[wrong.previous].toISOString()}).`,
      { field: `timeline.${wrong.field}` },
    );
  }
  return timeline;
}

function categoryList(names: string[]): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const [index, name] of names.entries()) {
    const trimmed = requiredText(name, `categories.${index}`);
    const key = trimmed.toLocaleLowerCase("fr");
    if (seen.has(key)) {
      throw new AppError("invalid-input", `The category "${trimmed}" is listed twice.`, {
        field: `categories.${index}`,
      });
    }
    seen.add(key);
    list.push(trimmed);
  }
  return list;
}

/**
 * Throws `invalid-input` on `timeline.synthesisCloseAt` when every phase is already over at `now` (the challenge would
 * be born in its debrief), unless the manager says the challenge records a past consultation.
 */
export function assertNotBornClosed(timeline: Timeline, now: Date, importsPastConsultation = false): void {
  if (importsPastConsultation || timeline.synthesisCloseAt.getTime() > now.getTime()) return;
  throw new AppError(
    "invalid-input",
    `Every phase of this timeline is already over (the synthesis closed on ${timeline.synthesisCloseAt.toISOString()}): move the dates into the future, or set importsPastConsultation to record a past consultation.`,
    { field: "timeline.synthesisCloseAt" },
  );
}
