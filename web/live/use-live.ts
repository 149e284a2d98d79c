// Follows a workspace's live events over the WebSocket /api/v1/live, reconnecting with backoff when it drops.
import { useEffect, useRef, useState } from "react";
import type { CocreaEvent } from "../../src/contracts/events.ts";
import type { LiveEvent } from "../../src/contracts/live.ts";
import { keepLiveSocket } from "./live-socket.ts";

export type { EventType } from "../../src/contracts/events.ts";
export type { LiveEvent };
/** The challenge an event concerns, if it concerns one. */
export function challengeOf(event: CocreaEvent): string | undefined {
  return "challengeId" in event.data ? event.data.challengeId : undefined;
}

/** The idea an event concerns, if it concerns one. */
export function ideaOf(event: CocreaEvent): string | undefined {
  return "ideaId" in event.data ? event.data.ideaId : undefined;
}

export type LiveStatus = "connecting" | "live" | "offline";

/**
 * Subscribes to `workspaceId` while mounted. `onSubscribed` runs after each (re)subscription, so the page can
 * reload what it may have missed while disconnected (and again when the server says events were lost: `resync`);
 * `onEvent` runs for each event of the workspace.
 */
export function useLive(
  workspaceId: string | undefined,
  onEvent: (event: LiveEvent) => void,
  onSubscribed?: () => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handlers = useRef({ onEvent, onSubscribed });
  handlers.current = { onEvent, onSubscribed };

  useEffect(() => {
    if (!workspaceId) return;
    setStatus("connecting");
    return keepLiveSocket({
      opened: (connection) => connection.send({ type: "subscribe", workspaceId }),
      received: (data, connection) => {
        if (data.type === "subscribed" && data.workspaceId === workspaceId) {
          connection.working();
          setStatus("live");
          handlers.current.onSubscribed?.();
        } else if (data.type === "resync") {
          handlers.current.onSubscribed?.();
        } else if (data.type === "event" && data.event.workspaceId === workspaceId) {
          handlers.current.onEvent(data.event);
        }
      },
      dropped: () => setStatus("offline"),
    });
  }, [workspaceId]);

  return status;
}
