// The verbatims behind a figure or a chart point: a filtered, paged list of a project's mentions.
import { type MentionFilter, openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";

export const mentionPageSize = 20;

/** One page (1-based) of the mentions `filter` selects, newest first, with their total. */
export async function readMentions(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  filter: MentionFilter,
  page = 1,
) {
  await projectOf(ctx.db, actor.workspaceId, projectId);
  const result = await openListeningFiguresStore(ctx.db, actor.workspaceId).mentions(
    projectId,
    filter,
    page,
    mentionPageSize,
  );
  return { ...result, page, pageSize: mentionPageSize };
}
