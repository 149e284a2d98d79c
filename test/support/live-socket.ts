// A WebSocket client of /api/v1/live for tests, collecting the messages it receives.
import WebSocket from "ws";
import type { LiveMessage } from "../../src/contracts/live.ts";
import type { ApiClient } from "./api-client.ts";

export interface LiveSocket {
  messages: LiveMessage[];
  send(message: unknown): void;
  /** Resolves with the first received message matching `predicate`, waiting up to `ms`. */
  waitFor(predicate: (message: LiveMessage) => boolean, ms?: number): Promise<LiveMessage>;
  close(): void;
}

export async function openLiveSocket(
  client: ApiClient,
  baseUrl = client.baseUrl,
  origin = baseUrl,
): Promise<LiveSocket> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/v1/live`, {
    headers: { cookie: client.cookieHeader(), origin },
  });
  const messages: LiveMessage[] = [];
  const waiters: Array<{ predicate: (m: LiveMessage) => boolean; resolve: (m: LiveMessage) => void }> = [];
  socket.on("message", (raw) => {
    const message = JSON.parse(String(raw)) as LiveMessage;
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_request, response) =>
      reject(new Error(`handshake refused: ${response.statusCode}`)),
    );
    socket.once("error", reject);
  });
  return {
    messages,
    send: (message) => socket.send(JSON.stringify(message)),
    waitFor(predicate, ms = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching live message in ${ms} ms; got ${JSON.stringify(messages)}`)),
          ms,
        );
        waiters.push({
          predicate,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
    close: () => socket.close(),
  };
}
