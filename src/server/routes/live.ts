// The live channel: a WebSocket at /api/v1/live, authenticated by the session cookie.

import { Value } from "@sinclair/typebox/value";
import type { FastifyPluginAsync } from "fastify";
import { type LiveMessage, LiveRequest } from "../../contracts/live.ts";
import type { Db } from "../../db/open-database.ts";
import { openWorkspaceStore } from "../../db/stores/workspace-store.ts";
import { hashToken } from "../../domain/accounts/secrets.ts";
import { assertCan } from "../../domain/permissions.ts";
import { AppError } from "../../errors.ts";
import type { LiveClient, LiveHub } from "../live/live-hub.ts";
import { SessionSockets, sessionEndedCloseCode } from "../live/session-sockets.ts";
import { actorOf } from "../plugins/access.ts";

export const liveRoutes: FastifyPluginAsync<{ hub: LiveHub; db: Db; publicUrl: string }> = async (
  app,
  { hub, db, publicUrl },
) => {
  const sessions = new SessionSockets(hub);
  app.get(
    "/live",
    {
      websocket: true,
      config: { access: "signed-in" },
      schema: {
        tags: ["live"],
        summary: "WebSocket of workspace events: send {type:'subscribe', workspaceId}",
      },
      preValidation: async (request) => {
        // Browsers always send Origin on WebSocket handshakes: refuse pages of other sites (cross-site hijacking).
        // An opaque origin ("null": sandboxed frames, file pages) is no page of this site.
        const origin = request.headers.origin;
        if (origin && origin !== publicUrl && URL.parse(origin)?.host !== request.headers.host) {
          throw new AppError("forbidden", "The live channel only accepts pages of this site.");
        }
      },
    },
    (socket, request) => {
      const actor = actorOf(request);
      const client: LiveClient = {
        userId: actor.userId,
        send: (message: LiveMessage) => {
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
        },
      };
      hub.connect(client);
      const forget = sessions.add(actor.userId, {
        sessionId: hashToken(request.sessionToken ?? ""),
        close: () => socket.close(sessionEndedCloseCode, "session ended"),
      });
      socket.on("message", async (raw) => {
        let message: unknown;
        try {
          message = JSON.parse(String(raw));
        } catch {
          client.send({ type: "error", code: "malformed-json", detail: "Messages must be JSON." });
          return;
        }
        if (!Value.Check(LiveRequest, message)) {
          client.send({
            type: "error",
            code: "invalid-input",
            detail: "Unknown message: send subscribe, unsubscribe or ping.",
          });
          return;
        }
        if (message.type === "ping") return client.send({ type: "pong" });
        if (message.type === "unsubscribe") {
          hub.unsubscribe(message.workspaceId, client);
          return client.send({ type: "unsubscribed", workspaceId: message.workspaceId });
        }
        try {
          const role = await openWorkspaceStore(db, message.workspaceId).roleOf(actor.userId);
          assertCan(role, "live.subscribe");
          hub.subscribe(message.workspaceId, client, role);
          client.send({ type: "subscribed", workspaceId: message.workspaceId });
        } catch (error) {
          const code = error instanceof AppError ? error.code : "internal";
          client.send({
            type: "error",
            code,
            detail: error instanceof Error ? error.message : String(error),
          });
        }
      });
      socket.on("close", () => {
        forget();
        hub.drop(client);
      });
    },
  );
};
