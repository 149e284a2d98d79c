// Debrief rows → API JSON: dates as ISO strings.
import type { Static } from "@sinclair/typebox";
import type { Action, Debrief } from "../../contracts/debrief.ts";
import type { ActionView, DebriefView } from "../../domain/debrief/read-debrief.ts";

export function presentAction(action: ActionView): Static<typeof Action> {
  return {
    id: action.id,
    groupId: action.groupId,
    title: action.title,
    owner: action.owner,
    status: action.status,
    reason: action.reason,
    dueDate: action.dueDate,
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
    history: action.history.map((move) => ({ ...move, at: move.at.toISOString() })),
  };
}

export function presentDebrief(view: DebriefView): Static<typeof Debrief> {
  return {
    challenge: view.challenge,
    published: view.published,
    debrief: view.debrief && {
      text: view.debrief.text,
      mediaUrl: view.debrief.mediaUrl,
      publishedAt: view.debrief.publishedAt?.toISOString() ?? null,
    },
    groups: view.groups.map((group) => ({ ...group, actions: group.actions.map(presentAction) })),
    actions: view.actions.map(presentAction),
    progress: view.progress,
  };
}
