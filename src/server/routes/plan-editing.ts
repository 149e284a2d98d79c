// The plan's editing socket: Yjs sync and presence (y-protocols) at …/plans/:planId/editing, by session cookie.
import type { FastifyPluginAsync } from "fastify";
import type { WebSocket } from "ws";
import type { Db } from "../../db/open-database.ts";
import { hashToken } from "../../domain/accounts/secrets.ts";
import { resolveSession } from "../../domain/accounts/sessions.ts";
import { can } from "../../domain/permissions.ts";
import { AppError } from "../../errors.ts";
import type { LiveHub } from "../live/live-hub.ts";
import { SessionSockets } from "../live/session-sockets.ts";
import type { EditingConnection } from "../plan-editing/plan-room.ts";
import { closeCodes, type PlanRooms } from "../plan-editing/plan-rooms.ts";
import { memberOf } from "../plugins/access.ts";

/** How often an open socket re-checks that its session still lives (an expiry publishes no event), in ms. */
const sessionCheckMs = 30_000;

export const planEditingRoutes: FastifyPluginAsync<{
  rooms: PlanRooms;
  db: Db;
  publicUrl: string;
  hub: LiveHub;
}> = async (app, { rooms, db, publicUrl, hub }) => {
  // A sign-out or a password reset, on any process, closes the editing sockets of the session at once.
  const sessions = new SessionSockets(hub);
  app.get(
    "/workspaces/:workspaceId/plans/:planId/editing",
    {
      websocket: true,
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags: ["plans"],
        summary:
          "WebSocket of a plan's live editing: Yjs sync and awareness (y-protocols, y-websocket framing); read-only for roles that may read but not edit",
      },
      preValidation: async (request) => {
        // Browsers always send Origin on WebSocket handshakes: refuse pages of other sites.
        const origin = request.headers.origin;
        if (origin && origin !== publicUrl && new URL(origin).host !== request.headers.host) {
          throw new AppError("forbidden", "The editing socket only accepts pages of this site.");
        }
      },
    },
    (socket: WebSocket, request) => {
      const member = memberOf(request);
      const { planId } = request.params as { planId: string };
      const token = request.sessionToken ?? "";
      const connection: EditingConnection = {
        userId: member.userId,
        readOnly: !can(member.role, "plan.edit"),
        clientIds: new Set(),
        send: (message) => {
          if (socket.readyState === socket.OPEN) socket.send(message);
        },
        close: (code, reason) => {
          if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING)
            socket.close(code, reason);
        },
      };
      // Messages are handled one at a time, after the plan is loaded.
      let queue: Promise<unknown> = rooms.join(planId, member.workspaceId, connection).then((joined) => {
        if (!joined)
          connection.close(closeCodes.planGone, "not-found: this plan does not exist in this workspace");
      });
      socket.on("message", (data: Buffer, isBinary: boolean) => {
        queue = queue.then(async () => {
          if (!isBinary) {
            connection.close(
              closeCodes.invalidUpdate,
              "invalid-input: the editing socket speaks binary y-protocols",
            );
            return;
          }
          try {
            await rooms.receive(
              planId,
              connection,
              new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
            );
          } catch (error) {
            request.log.warn({ err: error, planId, userId: member.userId }, "invalid plan update refused");
            connection.close(
              closeCodes.invalidUpdate,
              "invalid-input: an update could not be decoded; nothing of it was stored",
            );
          }
        });
      });
      const forget = sessions.add(member.userId, {
        sessionId: hashToken(token),
        close: () => connection.close(closeCodes.notSignedIn, "not-signed-in: the session ended"),
      });
      const sessionCheck = setInterval(async () => {
        const user = await resolveSession(db, token, new Date()).catch(() => undefined);
        if (!user) connection.close(closeCodes.notSignedIn, "not-signed-in: the session ended");
      }, sessionCheckMs);
      sessionCheck.unref();
      socket.on("close", () => {
        forget();
        clearInterval(sessionCheck);
        void queue.then(() => rooms.leave(planId, connection));
      });
    },
  );
};
