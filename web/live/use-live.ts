// Follows a workspace's live events over the WebSocket /api/v1/live, reconnecting with backoff when it drops.
import { useEffect, useRef, useState } from "react";
import type { LiveMessage } from "../../src/contracts/live.ts";

export type LiveEvent = Extract<LiveMessage, { type: "event" }>["event"];
export type LiveStatus = "connecting" | "live" | "offline";

/** Delay before the n-th reconnection attempt (n from 0): 1 s, 2 s, 4 s… up to 30 s, with ±20 % jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** attempt);
  return Math.round(base * (0.8 + 0.4 * random()));
}

function liveUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/api/v1/live`;
}

/**
 * Subscribes to `workspaceId` while mounted. `onSubscribed` runs after each (re)subscription, so the page can
 * reload what it may have missed while disconnected; `onEvent` runs for each event of the workspace.
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
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;

    const connect = () => {
      setStatus("connecting");
      socket = new WebSocket(liveUrl());
      socket.onopen = () => socket?.send(JSON.stringify({ type: "subscribe", workspaceId }));
      socket.onmessage = (message) => {
        let data: LiveMessage;
        try {
          data = JSON.parse(String(message.data)) as LiveMessage;
        } catch {
          return;
        }
        if (data.type === "subscribed" && data.workspaceId === workspaceId) {
          attempt = 0;
          setStatus("live");
          handlers.current.onSubscribed?.();
        } else if (data.type === "event" && data.event.workspaceId === workspaceId) {
          handlers.current.onEvent(data.event);
        }
      };
      socket.onclose = () => {
        if (stopped) return;
        setStatus("offline");
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
  }, [workspaceId]);

  return status;
}
