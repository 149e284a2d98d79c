// A plan editor for tests: a Yjs document connected to a plan's editing socket with y-websocket's provider.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { ApiClient } from "./api-client.ts";

export interface PlanEditor {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves when `predicate` holds for the document, checked after each change, waiting up to `ms`. */
  until(predicate: (doc: Y.Doc) => boolean, ms?: number): Promise<void>;
  close(): void;
}

/** The editing socket's path of a plan. */
export const editingPath = (workspaceId: string, planId: string) =>
  `/api/v1/workspaces/${workspaceId}/plans/${planId}/editing`;

/** Connects `client` (its session cookie) to a plan's editing socket on `baseUrl`, resolved once synced. */
export async function openPlanEditor(
  client: ApiClient,
  workspaceId: string,
  planId: string,
  options: { baseUrl?: string; doc?: Y.Doc; name?: string } = {},
): Promise<PlanEditor> {
  const baseUrl = options.baseUrl ?? client.baseUrl;
  const cookie = client.cookieHeader();
  class CookieSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers: { cookie, origin: baseUrl } });
    }
  }
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(
    `${baseUrl.replace(/^http/, "ws")}/api/v1/workspaces/${workspaceId}/plans`,
    `${planId}/editing`,
    doc,
    {
      WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 200,
    },
  );
  if (options.name) provider.awareness.setLocalStateField("user", { name: options.name });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("plan editor did not sync in 10 s")), 10_000);
    provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    doc,
    provider,
    until(predicate, ms = 10_000) {
      if (predicate(doc)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(doc)) return;
          clearTimeout(timer);
          doc.off("update", check);
          resolve();
        };
        const timer = setTimeout(() => {
          doc.off("update", check);
          reject(new Error(`plan document did not reach the expected state in ${ms} ms`));
        }, ms);
        doc.on("update", check);
      });
    },
    close() {
      provider.destroy();
    },
  };
}

/** Opens a raw editing socket and resolves with how the handshake went: open (with the socket) or the HTTP status. */
export function rawEditingSocket(
  baseUrl: string,
  path: string,
  cookie?: string,
): Promise<{ status: number; socket?: WebSocket }> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}${path}`, {
    headers: { ...(cookie ? { cookie } : {}), origin: baseUrl },
  });
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve({ status: 101, socket }));
    socket.once("unexpected-response", (_request, response) => resolve({ status: response.statusCode ?? 0 }));
    socket.once("error", reject);
  });
}
