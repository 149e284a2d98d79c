// Publishes events through PostgreSQL NOTIFY, inside the writing transaction, so they leave on commit.
import { type SQL, sql } from "drizzle-orm";
import type { Audience, CocreaEvent, PublishedEvent } from "../../contracts/events.ts";
import type { Db } from "../open-database.ts";

/** The NOTIFY channel every server process LISTENs on. */
export const eventChannel = "cocrea_events";

type Executor = Pick<Db, "execute">;

/**
 * Queues an event (its data checked against its name by the compiler, see `contracts/events.ts`) for `audience`; it
 * is delivered to every process when the surrounding transaction commits, and never if it rolls back.
 */
export async function publishEvent(db: Executor, event: CocreaEvent, audience: Audience): Promise<void> {
  const published: PublishedEvent = { event, audience };
  await db.execute(sql`SELECT pg_notify(${eventChannel}, ${JSON.stringify(published)})`);
}

/** Queues several events in one statement (one NOTIFY each), e.g. a notification to each of many people. */
export async function publishEvents(db: Executor, events: readonly PublishedEvent[]): Promise<void> {
  if (events.length === 0) return;
  const payloads = JSON.stringify(events.map((published) => JSON.stringify(published)));
  await db.execute(
    sql`SELECT pg_notify(${eventChannel}, payload) FROM json_array_elements_text(${payloads}::json) AS payload`,
  );
}

/**
 * `pg_notify` of an event that a set-based statement builds itself (`payload`, a json expression with the fields of
 * a `PublishedEvent`), so one statement can write and announce many changes; delivered on commit like the others.
 */
export function notifyEvent(payload: SQL): SQL {
  return sql`pg_notify(${eventChannel}, (${payload})::text)`;
}
