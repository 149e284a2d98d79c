// Messages of the live channel (WebSocket /api/v1/live).
import { type Static, Type } from "@sinclair/typebox";

/** A workspace id; a pattern rather than a format, so that TypeBox's Value.Check needs no format registry. */
const WorkspaceId = Type.String({ pattern: "^[0-9a-fA-F-]{36}$" });

/** Client → server: follow or stop following a workspace's events. */
export const LiveRequest = Type.Union([
  Type.Object({ type: Type.Literal("subscribe"), workspaceId: WorkspaceId }),
  Type.Object({ type: Type.Literal("unsubscribe"), workspaceId: WorkspaceId }),
  Type.Object({ type: Type.Literal("ping") }),
]);
export type LiveRequestBody = Static<typeof LiveRequest>;

/** Server → client: an event, an acknowledgement, or an error with a code. */
export type LiveMessage =
  | {
      type: "event";
      /** `recipientId` is set on an event meant for the connected person only (their new notification). */
      event: {
        type: string;
        workspaceId: string;
        data: Record<string, unknown>;
        at: string;
        recipientId?: string;
      };
    }
  | { type: "subscribed" | "unsubscribed"; workspaceId: string }
  | { type: "pong" }
  /** Events may have been lost (the server's database connection came back): reload what is shown. */
  | { type: "resync" }
  | { type: "error"; code: string; detail: string };
