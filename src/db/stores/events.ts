// Publishes workspace events through PostgreSQL NOTIFY, inside the writing transaction, so they leave on commit.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";

/** The NOTIFY channel every server process LISTENs on. */
export const eventChannel = "cocrea_events";

/** A workspace event: `<noun>.<past verb>`, with a small JSON payload (NOTIFY allows under 8000 bytes). */
export interface WorkspaceEvent {
  type: string;
  workspaceId: string;
  data: Record<string, unknown>;
  at: string;
  /** Set for an event meant for one person (their notification): only their own connections receive it. */
  recipientId?: string;
}

type Executor = Pick<Db, "execute">;

/** Queues an event; it is delivered to every process when the surrounding transaction commits. */
export async function publishEvent(db: Executor, event: WorkspaceEvent): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${eventChannel}, ${JSON.stringify(event)})`);
}

/** Queues several events in one statement (one NOTIFY each), e.g. a notification to each of many people. */
export async function publishEvents(db: Executor, events: readonly WorkspaceEvent[]): Promise<void> {
  if (events.length === 0) return;
  const payloads = JSON.stringify(events.map((event) => JSON.stringify(event)));
  await db.execute(
    sql`SELECT pg_notify(${eventChannel}, payload) FROM json_array_elements_text(${payloads}::json) AS payload`,
  );
}

/**
 * `pg_notify` of an event that a set-based statement builds itself (`payload`, a json expression with the fields of
 * a `WorkspaceEvent`), so one statement can write and announce many changes; delivered on commit like the others.
 */
export function notifyEvent(payload: SQL): SQL {
  return sql`pg_notify(${eventChannel}, (${payload})::text)`;
}
