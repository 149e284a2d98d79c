// Reading a plan's working sessions with everything they recorded, the versions they froze and what each changed.
import { openPlanSessionStore, type SessionRecords } from "../../db/stores/plan-session-store.ts";
import { openPlanVersionStore, type VersionSummary } from "../../db/stores/plan-version-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertPlan } from "./session-rules.ts";
import { diffVersions, type FrozenSection } from "./version-diff.ts";

/** What changed in the plan from the previous version to the one a session froze, section by section. */
export interface VersionChange {
  sectionId: string;
  title: string;
  change: "added" | "removed" | "changed" | "moved";
}

export interface PlanSessionsView extends SessionRecords {
  versions: Array<VersionSummary & { changes: VersionChange[] }>;
}

/** The plan's sessions (oldest first), their records, and its versions (newest first) with their changes. */
export async function readPlanSessions(
  ctx: Context,
  actor: MemberActor,
  planId: string,
): Promise<PlanSessionsView> {
  await assertPlan(ctx.db, actor.workspaceId, planId);
  const versionStore = openPlanVersionStore(ctx.db, actor.workspaceId);
  const [records, summaries] = await Promise.all([
    openPlanSessionStore(ctx.db, actor.workspaceId).records(planId),
    versionStore.versions(planId),
  ]);
  const versions = await Promise.all(
    summaries.map(async (summary) => {
      const [current, previous] = await Promise.all([
        versionStore.version(planId, summary.number),
        summary.number > 1 ? versionStore.version(planId, summary.number - 1) : undefined,
      ]);
      return { ...summary, changes: changesBetween(previous?.sections, current?.sections) };
    }),
  );
  return { ...records, versions };
}

/** The changed sections between two frozen states, unchanged ones left out. */
export function changesBetween(before: unknown[] | undefined, after: unknown[] | undefined): VersionChange[] {
  return diffVersions((before ?? []) as FrozenSection[], (after ?? []) as FrozenSection[]).flatMap(
    (diff): VersionChange[] => {
      if (diff.change !== "unchanged")
        return [{ sectionId: diff.sectionId, title: diff.title, change: diff.change }];
      return diff.moved ? [{ sectionId: diff.sectionId, title: diff.title, change: "moved" as const }] : [];
    },
  );
}
