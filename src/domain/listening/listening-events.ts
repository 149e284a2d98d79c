// The listening pillar's live events, published inside the writing transaction (see db/stores/events.ts).
import type { Db } from "../../db/open-database.ts";
import { publishEvent } from "../../db/stores/events.ts";

/** Event types of this pillar and their payloads. */
export interface ListeningEvents {
  /** An import read more rows. */
  "mention-import.progressed": { projectId: string; importId: string; done: number; total: number };
  /** An import ended: done, failed or cancelled. */
  "mention-import.finished": { projectId: string; importId: string; status: string; taken: number };
  /** What the dashboard shows changed: frame, corrections, rules, snapshot. */
  "listening.changed": {
    projectId: string;
    what: "frame" | "corrections" | "rules" | "snapshot" | "project";
  };
}

/** Publishes one typed event of this pillar to the workspace's members. */
export async function publishListeningEvent<T extends keyof ListeningEvents>(
  db: Pick<Db, "execute">,
  workspaceId: string,
  type: T,
  data: ListeningEvents[T],
  at: Date,
): Promise<void> {
  await publishEvent(db, { type, workspaceId, data: { ...data }, at: at.toISOString() });
}
