// Publishes workspace events through PostgreSQL NOTIFY, inside the writing transaction, so they leave on commit.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";

/** The NOTIFY channel every server process LISTENs on. */
export const eventChannel = "cocrea_events";

/** A workspace event: `<noun>.<past verb>`, with a small JSON payload (NOTIFY allows under 8000 bytes). */
export interface WorkspaceEvent {
  type: string;
  workspaceId: string;
  data: Record<string, unknown>;
  at: string;
}

type Executor = Pick<Db, "execute">;

/** Queues an event; it is delivered to every process when the surrounding transaction commits. */
export async function publishEvent(db: Executor, event: WorkspaceEvent): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${eventChannel}, ${JSON.stringify(event)})`);
}
