// One connection to the live channel (WebSocket /api/v1/live) that reconnects with backoff until it is stopped.
import type { LiveMessage } from "../../src/contracts/live.ts";

/** Delay before the n-th reconnection attempt (n from 0): 1 s, 2 s, 4 s… up to 30 s, with ±20 % jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** attempt);
  return Math.round(base * (0.8 + 0.4 * random()));
}

function liveUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/api/v1/live`;
}

/** What the handlers can do with the connection: send a message, and say it works (which resets the backoff). */
export interface LiveConnection {
  send(message: unknown): void;
  working(): void;
}

/**
 * Opens the connection and keeps it: `opened` runs after each (re)connection, `received` for each message (parsed;
 * unreadable ones are dropped), `dropped` when it closes before being stopped. Returns the function that stops it.
 */
export function keepLiveSocket(handlers: {
  opened(connection: LiveConnection): void;
  received(message: LiveMessage, connection: LiveConnection): void;
  dropped?(): void;
}): () => void {
  let socket: WebSocket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;
  const connection: LiveConnection = {
    send: (message) => socket?.send(JSON.stringify(message)),
    working: () => {
      attempt = 0;
    },
  };
  const connect = () => {
    socket = new WebSocket(liveUrl());
    socket.onopen = () => handlers.opened(connection);
    socket.onmessage = (message) => {
      let data: LiveMessage;
      try {
        data = JSON.parse(String(message.data)) as LiveMessage;
      } catch {
        return;
      }
      handlers.received(data, connection);
    };
    socket.onclose = () => {
      if (stopped) return;
      handlers.dropped?.();
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
}
