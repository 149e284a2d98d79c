// Messages of the live channel (WebSocket /api/v1/live).
import { type Static, Type } from "@sinclair/typebox";
import type { CocreaEvent } from "./events.ts";

/** A workspace id; a pattern rather than a format, so that TypeBox's Value.Check needs no format registry. */
const WorkspaceId = Type.String({ pattern: "^[0-9a-fA-F-]{36}$" });

/** Client → server: follow or stop following a workspace's events. */
export const LiveRequest = Type.Union([
  Type.Object({ type: Type.Literal("subscribe"), workspaceId: WorkspaceId }),
  Type.Object({ type: Type.Literal("unsubscribe"), workspaceId: WorkspaceId }),
  Type.Object({ type: Type.Literal("ping") }),
]);
export type LiveRequestBody = Static<typeof LiveRequest>;

/**
 * An event as a browser receives it: one of `contracts/events.ts`, narrowed by its `type`; `recipientId` is set on an
 * event meant for the connected person only (their new notification).
 */
export type LiveEvent = CocreaEvent & { recipientId?: string };

/** Server → client: an event, an acknowledgement, or an error with a code. */
export type LiveMessage =
  | { type: "event"; event: LiveEvent }
  | { type: "subscribed" | "unsubscribed"; workspaceId: string }
  | { type: "pong" }
  /** Events may have been lost (the server's database connection came back): reload what is shown. */
  | { type: "resync" }
  | { type: "error"; code: string; detail: string };
