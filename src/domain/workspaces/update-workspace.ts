// An owner renames a workspace or changes whether it accepts anonymous participants.
import { openWorkspaceStore, type WorkspaceRow } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";

export async function updateWorkspace(
  ctx: Context,
  actor: MemberActor,
  input: { name?: string; kind?: WorkspaceRow["kind"]; allowAnonymous?: boolean },
): Promise<WorkspaceRow> {
  const name = input.name?.trim();
  if (name !== undefined && name.length === 0) {
    throw new AppError("invalid-input", "Please give the workspace a name.", { field: "name" });
  }
  return openWorkspaceStore(ctx.db, actor.workspaceId).update({
    ...(name !== undefined ? { name } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.allowAnonymous !== undefined ? { allowAnonymous: input.allowAnonymous } : {}),
  });
}
