// Follows the signed-in person's own live events (their new notifications) on any page, reconnecting with backoff.
import { useEffect, useRef } from "react";
import { keepLiveSocket } from "./live-socket.ts";
import type { LiveEvent } from "./use-live.ts";

/** The event the header and notification lists listen to, within the page, when notifications change. */
export const notificationsChanged = "cocrea:notifications-changed";

/**
 * While `enabled`, keeps a live connection open: the server sends on it, without any subscription, the events meant
 * for this person only. `onConnected` runs after each (re)connection, to reload what may have been missed.
 */
export function useOwnEvents(
  enabled: boolean,
  onEvent: (event: LiveEvent) => void,
  onConnected?: () => void,
): void {
  const handlers = useRef({ onEvent, onConnected });
  handlers.current = { onEvent, onConnected };

  useEffect(() => {
    if (!enabled) return;
    return keepLiveSocket({
      opened: (connection) => {
        connection.working();
        handlers.current.onConnected?.();
      },
      received: (data) => {
        if (data.type === "resync") handlers.current.onConnected?.();
        else if (data.type === "event" && data.event.recipientId !== undefined)
          handlers.current.onEvent(data.event);
      },
    });
  }, [enabled]);
}
