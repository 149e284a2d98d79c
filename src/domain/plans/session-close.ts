// Closing a working session: its record is frozen, a version of the plan is taken from the readable copy, and the
// changes since the previous version are listed.
import { openPlanSessionStore, type SessionRow } from "../../db/stores/plan-session-store.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { openPlanVersionStore, type VersionSummary } from "../../db/stores/plan-version-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { readPlanContent } from "./read-plan-content.ts";
import { announcePlanEvent, sessionFor } from "./session-rules.ts";
import { diffVersions, type FrozenSection, type SectionDiff } from "./version-diff.ts";

/** A section of `readPlanContent` as a version keeps it (its validation is not part of the text). */
export function frozenOf(section: FrozenSection): FrozenSection {
  const { id, title, kind, position, markdown, json, text, hash } = section;
  return { id, title, kind, position, markdown, json, text, hash };
}

/** Closes an open session (a closed one answers session-closed) and freezes the plan's version. */
export async function closeSession(
  ctx: Context,
  actor: MemberActor,
  sessionId: string,
): Promise<{ session: SessionRow; version: VersionSummary; changes: SectionDiff[] }> {
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const session = await sessionFor(store, sessionId, true);
    const versions = openPlanVersionStore(tx, actor.workspaceId);
    const content = await readPlanContent(openPlanStore(tx, actor.workspaceId), session.planId);
    const sections = content.sections.map(frozenOf);
    const previous = await versions.latest(session.planId);
    const { sections: _kept, ...version } = await versions.freeze(
      { planId: session.planId, sessionId, sections, createdBy: actor.userId },
      ctx.now,
    );
    const closed = await store.updateSession(sessionId, {
      status: "closed",
      closedAt: ctx.now,
      closedBy: actor.userId,
    });
    await announcePlanEvent(tx, "session.closed", actor, ctx.now, { planId: session.planId, sessionId });
    return {
      session: closed,
      version,
      changes: diffVersions((previous?.sections ?? []) as FrozenSection[], sections),
    };
  });
}
