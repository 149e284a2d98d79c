// Routes of the listening projects: create and read projects, upload and import mentions, follow and cancel imports, frame.

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { NoContent } from "../../contracts/common.ts";
import {
  CreateProjectBody,
  Frame,
  FrameCountsResponse,
  ImportParams,
  ImportResponse,
  PasteBody,
  ProjectDetailResponse,
  ProjectParams,
  ProjectResponse,
  ProjectsResponse,
  StartImportBody,
  UploadQuery,
  UploadResponse,
} from "../../contracts/listening.ts";
import { cancelMentionImport } from "../../domain/listening/cancel-mention-import.ts";
import { countFrame } from "../../domain/listening/count-frame.ts";
import { createListeningProject } from "../../domain/listening/create-listening-project.ts";
import {
  listListeningProjects,
  readImport,
  showListeningProject,
} from "../../domain/listening/read-listening-projects.ts";
import { saveFrame } from "../../domain/listening/save-frame.ts";
import { pasteMentions, startMentionImport } from "../../domain/listening/start-mention-import.ts";
import { uploadMentions } from "../../domain/listening/upload-mentions.ts";
import { memberOf } from "../plugins/access.ts";
import { presentImport, presentProject, presentRule } from "../present/listening.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["listening"];

/** Largest upload of mentions, in bytes: larger bodies are refused with 413 before anything is read or stored. */
export const uploadLimit = 256 << 20;

/** The file types an upload may be sent as; the body is read as raw bytes. */
const uploadTypes = [
  "application/octet-stream",
  "text/csv",
  "text/tab-separated-values",
  "text/plain",
  "application/x-ndjson",
  "application/jsonl",
];

export const listeningRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.addContentTypeParser(
    uploadTypes,
    { parseAs: "buffer", bodyLimit: uploadLimit },
    (_request, body, done) => done(null, body),
  );

  const base = "/workspaces/:workspaceId/listening/projects";
  const project = `${base}/:projectId`;

  app.get(
    base,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The workspace's listening projects",
        params: Type.Object({ workspaceId: Type.String({ format: "uuid" }) }),
        response: { 200: ProjectsResponse },
      },
    },
    async (request) => ({
      projects: (await listListeningProjects(context(), memberOf(request))).map(presentProject),
    }),
  );

  app.post(
    base,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Create a listening project, with its first frame if given",
        params: Type.Object({ workspaceId: Type.String({ format: "uuid" }) }),
        body: CreateProjectBody,
        response: { 201: ProjectResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        project: presentProject(await createListeningProject(context(), memberOf(request), request.body)),
      }),
  );

  app.get(
    project,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "A listening project with its imports, rules and snapshots",
        params: ProjectParams,
        response: { 200: ProjectDetailResponse },
      },
    },
    async (request) => {
      const shown = await showListeningProject(context(), memberOf(request), request.params.projectId);
      return {
        project: presentProject(shown.project),
        imports: shown.imports.map(presentImport),
        rules: shown.rules.map(presentRule),
        snapshots: shown.snapshots.map((s) => ({ ...s, frozenAt: s.frozenAt.toISOString() })),
      };
    },
  );

  app.post(
    `${project}/uploads`,
    {
      config: { access: { workspace: "listening.manage" } },
      bodyLimit: uploadLimit,
      schema: {
        tags,
        summary:
          "Upload a file of mentions (CSV, TSV, JSON, JSONL; raw bytes): its preview and the proposed mapping",
        params: ProjectParams,
        querystring: UploadQuery,
        consumes: uploadTypes,
        response: { 201: UploadResponse },
      },
    },
    async (request, reply) => {
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const uploaded = await uploadMentions(context(), memberOf(request), request.params.projectId, {
        fileName: request.query.fileName,
        content,
      });
      return reply.code(201).send({
        ...uploaded,
        mapping: uploaded.mapping as Record<string, string>,
        presets: uploaded.presets as Record<string, Record<string, string>>,
      });
    },
  );

  app.post(
    `${project}/imports`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Import an upload with its column mapping, in the background (the mapping is remembered)",
        params: ProjectParams,
        body: StartImportBody,
        response: { 202: ImportResponse },
      },
    },
    async (request, reply) => {
      const row = await startMentionImport(
        context(),
        memberOf(request),
        request.params.projectId,
        request.body,
      );
      return reply.code(202).send({ import: presentImport(row) });
    },
  );

  app.post(
    `${project}/paste`,
    {
      config: { access: { workspace: "listening.manage" } },
      bodyLimit: 8 << 20,
      schema: {
        tags,
        summary: "Import pasted text, one mention per line",
        params: ProjectParams,
        body: PasteBody,
        response: { 202: ImportResponse },
      },
    },
    async (request, reply) => {
      const row = await pasteMentions(
        context(),
        memberOf(request),
        request.params.projectId,
        request.body.text,
      );
      return reply.code(202).send({ import: presentImport(row) });
    },
  );

  app.get(
    `${project}/imports/:importId`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "An import's progress and report",
        params: ImportParams,
        response: { 200: ImportResponse },
      },
    },
    async (request) => ({
      import: presentImport(
        await readImport(context(), memberOf(request), request.params.projectId, request.params.importId),
      ),
    }),
  );

  app.delete(
    `${project}/imports/:importId`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Cancel an import still queued or running: nothing of it is stored",
        params: ImportParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await cancelMentionImport(
        context(),
        memberOf(request),
        request.params.projectId,
        request.params.importId,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${project}/frame/counts`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "How many mentions each query of a frame matches, before saving it",
        params: ProjectParams,
        body: Frame,
        response: { 200: FrameCountsResponse },
      },
    },
    async (request) => countFrame(context(), memberOf(request), request.params.projectId, request.body),
  );

  app.put(
    `${project}/frame`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Save the frame; every mention is matched again",
        params: ProjectParams,
        body: Frame,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await saveFrame(context(), memberOf(request), request.params.projectId, request.body);
      return reply.code(204).send(null);
    },
  );
};
