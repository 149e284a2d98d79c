// Creates a listening project in a workspace, with its first frame when one is given.
import type { ListeningFrame } from "../../db/schema/listening.ts";
import { openListeningStore } from "../../db/stores/listening-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { compileFrame } from "./mention-reading.ts";

/** Creates the project; a given frame is validated first (a bad query names its field, nothing is stored). */
export async function createListeningProject(
  ctx: Context,
  actor: MemberActor,
  input: { name: string; frame?: ListeningFrame },
) {
  if (input.frame) compileFrame(input.frame);
  return openListeningStore(ctx.db, actor.workspaceId).createProject({
    name: input.name.trim(),
    frame: input.frame ?? null,
    createdBy: actor.userId,
  });
}
