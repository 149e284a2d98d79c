// Rules every action use case shares: the checks of an action's fields, and the live event that tells open pages.

import type { EventOf } from "../../contracts/events.ts";
import type { Db } from "../../db/open-database.ts";
import type { ActionStatus, DebriefStore } from "../../db/stores/debrief-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import { requiredText } from "../challenges/challenge-rules.ts";

/** A calendar date written YYYY-MM-DD that exists (no 31 April); returns it, or null when empty. */
export function dueDateOf(value: string | null | undefined, field = "dueDate"): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== trimmed) {
    throw new AppError("invalid-input", `${field} must be a real date written YYYY-MM-DD.`, { field });
  }
  return trimmed;
}

/** The reason of a status: required (and trimmed) for not-retained, dropped otherwise. */
export function reasonOf(status: ActionStatus, reason: string | null | undefined): string | null {
  if (status !== "not-retained") return null;
  const trimmed = reason?.trim();
  if (!trimmed) {
    throw new AppError("invalid-input", "Say why this action is not retained.", { field: "reason" });
  }
  return trimmed;
}

/** The title and owner of an action, both required. */
export function actionTexts(input: { title: string; owner: string }): { title: string; owner: string } {
  return { title: requiredText(input.title, "title"), owner: requiredText(input.owner, "owner") };
}

/** A group the action may belong to: a live group of the same challenge; null for a challenge-wide action. */
export async function groupOfAction(
  store: DebriefStore,
  challengeId: string,
  groupId: string | null | undefined,
): Promise<string | null> {
  if (!groupId) return null;
  const group = await store.group(groupId);
  if (!group || group.challengeId !== challengeId) {
    throw new AppError("invalid-input", "This group is not one of this challenge's groups.", {
      field: "groupId",
    });
  }
  return group.id;
}

/** A change of the debrief: an action's or a group's. */
export type DebriefChange = EventOf<
  "action.created" | "action.updated" | "action.moved" | "action.deleted" | "group.debriefed"
>;

/** Tells the open pages of the workspace and the public debrief page of the challenge that the debrief changed. */
export async function announceDebriefChange(tx: Db, change: DebriefChange): Promise<void> {
  await publishEvent(tx, change, {
    kind: "challenge-public",
    workspaceId: change.workspaceId,
    challengeId: change.data.challengeId,
  });
}
