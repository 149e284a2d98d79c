// The listening pillar's live events, published inside the writing transaction to the project's readers only.
import type { EventOf } from "../../contracts/events.ts";
import type { Db } from "../../db/open-database.ts";
import { publishEvent } from "../../db/stores/events.ts";

type ListeningEventType = "mention-import.progressed" | "mention-import.finished" | "listening.changed";

/** Each event of this pillar and its payload (schemas in `contracts/events.ts`). */
export type ListeningEvents = { [T in ListeningEventType]: EventOf<T>["data"] };

/**
 * Publishes one event of this pillar to the members who read listening projects (owners, managers, guests):
 * participants and moderators never hear of the audit.
 */
export async function publishListeningEvent<T extends ListeningEventType>(
  db: Pick<Db, "execute">,
  workspaceId: string,
  type: T,
  data: ListeningEvents[T],
  at: Date,
): Promise<void> {
  const event = { type, workspaceId, data, at: at.toISOString() } as EventOf<T>;
  await publishEvent(db, event, { kind: "workspace", workspaceId, readers: "listening.read" });
}
