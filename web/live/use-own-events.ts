// Follows the signed-in person's own live events (their new notifications) on any page, reconnecting with backoff.
import { useEffect, useRef } from "react";
import type { LiveMessage } from "../../src/contracts/live.ts";
import { type LiveEvent, reconnectDelay } from "./use-live.ts";

/** The event the header and notification lists listen to, within the page, when notifications change. */
export const notificationsChanged = "cocrea:notifications-changed";

function liveUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/api/v1/live`;
}

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
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    const connect = () => {
      socket = new WebSocket(liveUrl());
      socket.onopen = () => {
        attempt = 0;
        handlers.current.onConnected?.();
      };
      socket.onmessage = (message) => {
        let data: LiveMessage;
        try {
          data = JSON.parse(String(message.data)) as LiveMessage;
        } catch {
          return;
        }
        if (data.type === "event" && data.event.recipientId !== undefined)
          handlers.current.onEvent(data.event);
      };
      socket.onclose = () => {
        if (stopped) return;
        timer = setTimeout(connect, reconnectDelay(attempt));
        attempt += 1;
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [enabled]);
}
