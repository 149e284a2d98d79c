// Recording a path explored in a session, and moving it later: kept, or abandoned with why (it stays visible, since it
// pushed the thinking further).
import { openPlanSessionStore, type PathRow, type PathStatus } from "../../db/stores/plan-session-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { announcePlanEvent, requiredText, sessionFor } from "./session-rules.ts";

export interface PathInput {
  title: string;
  description?: string;
  status?: PathStatus;
  reason?: string | null;
}

/** The reason, required when the path is abandoned. */
function reasonFor(status: PathStatus, reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? "";
  if (status === "abandoned" && text === "")
    throw new AppError("invalid-input", "An abandoned path says why it was abandoned.", { field: "reason" });
  if (text.length > 2000)
    throw new AppError("invalid-input", "reason is longer than 2000 characters.", { field: "reason" });
  return text === "" ? null : text;
}

/** Records a path in an open session. */
export async function recordPath(
  ctx: Context,
  actor: MemberActor,
  sessionId: string,
  input: PathInput,
): Promise<PathRow> {
  const title = requiredText(input.title, "title", 300);
  const description = (input.description ?? "").trim();
  const status = input.status ?? "explored";
  const reason = reasonFor(status, input.reason);
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const session = await sessionFor(store, sessionId, true);
    const path = await store.insertPath(
      { planId: session.planId, sessionId, title, description, status, reason, createdBy: actor.userId },
      ctx.now,
    );
    await announcePlanEvent(tx, "path.recorded", actor, ctx.now, {
      planId: session.planId,
      sessionId,
      recordId: path.id,
    });
    return path;
  });
}

/** Keeps or abandons a path, also after its session closed (a path is often dropped a session or two later). */
export async function changePathStatus(
  ctx: Context,
  actor: MemberActor,
  pathId: string,
  input: { status: PathStatus; reason?: string | null },
): Promise<PathRow> {
  const reason = reasonFor(input.status, input.reason);
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const path = await store.path(pathId, true);
    if (!path) throw new AppError("not-found", "This path does not exist in this workspace.");
    const updated = await store.updatePath(pathId, { status: input.status, reason }, ctx.now);
    await announcePlanEvent(tx, "path.updated", actor, ctx.now, {
      planId: path.planId,
      sessionId: path.sessionId,
      recordId: pathId,
    });
    return updated;
  });
}
