// Creates a workspace and makes its creator the owner.
import { workspaces } from "../../db/schema/workspaces.ts";
import { openWorkspaceStore, type WorkspaceRow } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";

export type WorkspaceKind = WorkspaceRow["kind"];

export interface CreateWorkspaceInput {
  name: string;
  kind?: WorkspaceKind;
  allowAnonymous?: boolean;
}

export async function createWorkspace(
  ctx: Context,
  actor: Actor,
  input: CreateWorkspaceInput,
): Promise<WorkspaceRow> {
  if (actor.anonymous) {
    throw new AppError("forbidden", "Sign up to create a workspace: an anonymous identity cannot own one.");
  }
  const name = input.name.trim();
  if (name.length === 0)
    throw new AppError("invalid-input", "Please give the workspace a name.", { field: "name" });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workspaces)
      .values({ name, kind: input.kind ?? "other", allowAnonymous: input.allowAnonymous ?? false })
      .returning();
    if (!row) throw new Error("workspace insert returned nothing");
    await openWorkspaceStore(tx, row.id).addMember(actor.userId, "owner");
    return row;
  });
}
