// Counts what each query of a frame being edited would match, before it is saved.
import type { ListeningFrame } from "../../db/schema/listening.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";
import { compileFrame } from "./mention-reading.ts";

/** Per query: mentions it matches in the frame's scope; also mentions in scope, matched by any, and by several. */
export async function countFrame(ctx: Context, actor: MemberActor, projectId: string, frame: ListeningFrame) {
  const matcher = compileFrame(frame);
  const { store } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const counts = new Map(matcher.names.map((name) => [name, 0]));
  let inScope = 0;
  let matched = 0;
  let several = 0;
  for (const mention of await store.mentionTexts(projectId)) {
    if (!matcher.inScope(mention)) continue;
    inScope += 1;
    const brands = matcher.brandsOf(mention.text);
    if (brands.length > 0) matched += 1;
    if (brands.length > 1) several += 1;
    for (const name of brands) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return {
    queries: matcher.names.map((name) => ({ name, mentions: counts.get(name) ?? 0 })),
    inScope,
    matched,
    several,
  };
}
