// What the working-session use cases share: finding a session of a plan, refusing writes to a closed one, the texts'
// checks and the plan-level events that tell both people's open pages a record arrived.
import type { PlanSessionEvent } from "../../contracts/plan-sessions.ts";
import type { Db } from "../../db/open-database.ts";
import { publishEvent } from "../../db/stores/events.ts";
import type { PlanSessionStore, SessionRow } from "../../db/stores/plan-session-store.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { AppError } from "../../errors.ts";
import type { MemberActor } from "../context.ts";

/** The plan-level events of sessions, versions and exports; each carries `planId` (see contracts/plan-sessions.ts). */
export type PlanSessionEventType = PlanSessionEvent["type"];

/** Publishes a plan-level event, delivered on commit to the workspace's live subscribers. */
export async function announcePlanEvent(
  tx: Db,
  type: PlanSessionEventType,
  actor: MemberActor,
  at: Date,
  data: { planId: string; sessionId?: string; recordId?: string },
): Promise<void> {
  await publishEvent(
    tx,
    {
      type,
      workspaceId: actor.workspaceId,
      at: at.toISOString(),
      data: { ...data, by: actor.userId },
    },
    { kind: "workspace", workspaceId: actor.workspaceId, readers: "plan.read" },
  );
}

/** Throws not-found unless the plan exists in the actor's workspace. */
export async function assertPlan(tx: Db, workspaceId: string, planId: string): Promise<void> {
  if (!(await openPlanStore(tx, workspaceId).plan(planId)))
    throw new AppError("not-found", "This plan does not exist in this workspace.");
}

/** The session, locked, refusing a closed one when `open` (what a session records is frozen when it closes). */
export async function sessionFor(
  store: PlanSessionStore,
  sessionId: string,
  open: boolean,
): Promise<SessionRow> {
  const session = await store.session(sessionId, true);
  if (!session) throw new AppError("not-found", "This working session does not exist in this workspace.");
  if (open && session.status === "closed")
    throw new AppError("session-closed", "This working session is closed; its record is frozen.");
  return session;
}

/** A trimmed text, refused when empty or longer than `max`, naming `field`. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text === "") throw new AppError("invalid-input", `${field} must not be empty.`, { field });
  if (text.length > max)
    throw new AppError("invalid-input", `${field} is longer than ${max} characters.`, {
      field,
      details: { max },
    });
  return text;
}

/** A calendar day `YYYY-MM-DD` that exists, or throws naming `field`. */
export function dayOf(value: string, field: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  )
    throw new AppError("invalid-input", `${field} must be a date written YYYY-MM-DD.`, { field });
  return value;
}
