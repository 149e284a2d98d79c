// Routes of the debrief: groups' heard / will-do, actions and their status, "you said, we did", open data.

import type { ServerResponse } from "node:http";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ChallengeParams, PublicChallengeParams } from "../../contracts/challenges.ts";
import { NoContent } from "../../contracts/common.ts";
import {
  ActionParams,
  ActionResponse,
  ActionStatusBody,
  CreateActionBody,
  DebriefResponse,
  ExportFileParams,
  GroupDebriefBody,
  GroupParams,
  type OpenDataDataset,
  PublicExportFileParams,
  UpdateActionBody,
} from "../../contracts/debrief.ts";
import { changeActionStatus } from "../../domain/debrief/change-action-status.ts";
import {
  exportOpenData,
  exportPublicOpenData,
  type OpenDataTable,
} from "../../domain/debrief/export-open-data.ts";
import {
  publishedPublicDebrief,
  readAction,
  readDebrief,
  readPublicDebrief,
} from "../../domain/debrief/read-debrief.ts";
import { createAction, deleteAction, editAction } from "../../domain/debrief/save-action.ts";
import { writeGroupDebrief } from "../../domain/debrief/write-group-debrief.ts";
import type { LiveClient, LiveHub } from "../live/live-hub.ts";
import { memberOf } from "../plugins/access.ts";
import { presentAction, presentDebrief } from "../present/debrief.ts";
import { sendTable } from "../present/table.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["debrief"];

/** "ideas.csv" → its dataset and format (the route's pattern already checked it). */
function fileOf(file: string): { dataset: OpenDataDataset; format: "csv" | "json" } {
  const [dataset, format] = file.split(".") as [OpenDataDataset, "csv" | "json"];
  return { dataset, format };
}

function tableOf(table: OpenDataTable, format: "csv" | "json") {
  return {
    file: `${table.dataset}-${table.challenge.id}`,
    format,
    challenge: table.challenge,
    name: table.dataset,
    columns: table.columns,
    rows: table.rows,
  };
}

export const debriefRoutes: FastifyPluginAsyncTypebox<RouteOptions & { hub: LiveHub }> = async (
  app,
  { context, hub },
) => {
  const challenge = "/workspaces/:workspaceId/challenges/:challengeId";

  app.get(
    `${challenge}/debrief`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary:
          "You said, we did: the debrief, its groups and actions (before publication, for managers only)",
        params: ChallengeParams,
        response: { 200: DebriefResponse },
      },
    },
    async (request) => ({
      debrief: presentDebrief(await readDebrief(context(), memberOf(request), request.params.challengeId)),
    }),
  );

  app.put(
    "/workspaces/:workspaceId/groups/:groupId/debrief",
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Write what we heard from a group of ideas and what we will do",
        params: GroupParams,
        body: GroupDebriefBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await writeGroupDebrief(context(), memberOf(request), request.params.groupId, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${challenge}/actions`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Add an action, for a group of ideas or the whole challenge",
        params: ChallengeParams,
        body: CreateActionBody,
        response: { 201: ActionResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const action = await createAction(ctx, member, request.params.challengeId, request.body);
      return reply
        .code(201)
        .send({ action: presentAction(await readAction(ctx.db, member.workspaceId, action)) });
    },
  );

  app.patch(
    "/workspaces/:workspaceId/actions/:actionId",
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Edit an action's title, owner, group or due date",
        params: ActionParams,
        body: UpdateActionBody,
        response: { 200: ActionResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const action = await editAction(ctx, member, request.params.actionId, request.body);
      return { action: presentAction(await readAction(ctx.db, member.workspaceId, action)) };
    },
  );

  app.put(
    "/workspaces/:workspaceId/actions/:actionId/status",
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary:
          "Move an action (not-retained needs a reason); contributors of its group hear of it once published",
        params: ActionParams,
        body: ActionStatusBody,
        response: { 200: ActionResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const action = await changeActionStatus(ctx, member, request.params.actionId, request.body);
      return { action: presentAction(await readAction(ctx.db, member.workspaceId, action)) };
    },
  );

  app.delete(
    "/workspaces/:workspaceId/actions/:actionId",
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Delete an action entered by mistake (an abandoned one is rather not-retained, with why)",
        params: ActionParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await deleteAction(context(), memberOf(request), request.params.actionId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${challenge}/export/:file`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary:
          "Open data: ideas, comments, reactions, supports or actions as CSV or JSON, participants pseudonymized",
        params: ExportFileParams,
        produces: ["text/csv", "application/json"],
      },
    },
    async (request, reply) => {
      const { dataset, format } = fileOf(request.params.file);
      const table = await exportOpenData(context(), memberOf(request), request.params.challengeId, dataset);
      return sendTable(reply, tableOf(table, format));
    },
  );

  app.get(
    "/public/challenges/:challengeId/debrief",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "You said, we did: the published debrief of a public challenge, for anyone",
        params: PublicChallengeParams,
        response: { 200: DebriefResponse },
      },
    },
    async (request) => ({
      debrief: presentDebrief(await readPublicDebrief(context(), request.params.challengeId)),
    }),
  );

  app.get(
    "/public/challenges/:challengeId/export/:file",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Open data of a public challenge whose debrief is published, participants pseudonymized",
        params: PublicExportFileParams,
        produces: ["text/csv", "application/json"],
      },
    },
    async (request, reply) => {
      const { dataset, format } = fileOf(request.params.file);
      const table = await exportPublicOpenData(context(), request.params.challengeId, dataset);
      return sendTable(reply, tableOf(table, format));
    },
  );

  /** Open server-sent event streams, ended when the server closes so that it does not wait for visitors to leave. */
  const streams = new Set<ServerResponse>();
  app.addHook("preClose", async () => {
    for (const stream of streams) stream.end();
  });

  app.get(
    "/public/challenges/:challengeId/debrief/live",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "Server-sent events (text/event-stream): a `debrief` event each time the published debrief or an action changes",
        params: PublicChallengeParams,
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
      const { challengeId } = request.params;
      await publishedPublicDebrief(context().db, challengeId);
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        connection: "keep-alive",
      });
      stream.write(": connected\n\n");
      streams.add(stream);
      const client: LiveClient = {
        userId: "",
        send: (message) => {
          if (message.type !== "event") return;
          // The hub sends here only the events published for this challenge's public; never their data.
          const { event } = message;
          stream.write(`event: debrief\ndata: ${JSON.stringify({ type: event.type, at: event.at })}\n\n`);
        },
      };
      hub.followPublic(challengeId, client);
      // A comment line every 25 s keeps proxies from closing an idle stream.
      const heartbeat = setInterval(() => stream.write(": ping\n\n"), 25_000);
      request.raw.on("close", () => {
        clearInterval(heartbeat);
        hub.unfollowPublic(challengeId, client);
        streams.delete(stream);
      });
    },
  );
};
