// A person's contributions across every workspace, for their account page.
import type { MyContributions } from "../../contracts/account-data.ts";
import { contributionsOf } from "../../db/stores/personal-data-store.ts";
import type { Actor, Context } from "../context.ts";

/** Their ideas and comments (the 500 newest of each), where they are, newest first. */
export async function listMyContributions(ctx: Context, actor: Actor): Promise<MyContributions> {
  const found = await contributionsOf(ctx.db, actor.userId);
  const place = (row: {
    workspace_id: string;
    workspace_name: string;
    challenge_id: string;
    challenge_title: string;
  }) => ({
    workspaceId: row.workspace_id,
    workspaceName: row.workspace_name,
    challengeId: row.challenge_id,
    challengeTitle: row.challenge_title,
  });
  return {
    ideas: found.ideas.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      createdAt: new Date(row.created_at).toISOString(),
      ...place(row),
    })),
    comments: found.comments.map((row) => ({
      id: row.id,
      body: row.body,
      ideaId: row.idea_id,
      ideaTitle: row.idea_title,
      createdAt: new Date(row.created_at).toISOString(),
      ...place(row),
    })),
  };
}
