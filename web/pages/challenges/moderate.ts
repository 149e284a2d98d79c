// Hides, restores or releases an idea or a comment: two routes that take the same body.
import type { Static } from "@sinclair/typebox";
import type { ModerationBody } from "../../../src/contracts/moderation.ts";
import { client } from "../../api/typed-client.ts";

/** Sends a moderation decision about one idea or one comment of the workspace. */
export async function moderate(
  workspaceId: string,
  target: { kind: "idea" | "comment"; id: string },
  body: Static<typeof ModerationBody>,
): Promise<void> {
  if (target.kind === "idea") {
    await client.put("/workspaces/:workspaceId/ideas/:ideaId/moderation", {
      params: { workspaceId, ideaId: target.id },
      body,
    });
  } else {
    await client.put("/workspaces/:workspaceId/comments/:commentId/moderation", {
      params: { workspaceId, commentId: target.id },
      body,
    });
  }
}
