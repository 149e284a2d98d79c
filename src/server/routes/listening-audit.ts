// Routes of a listening project's audit: dashboard, verbatims, corrections, rules, snapshots, comparison, export.

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import {
  AuditQuery,
  AuditResponse,
  AuthorsResponse,
  BulkCorrectionBody,
  CompareQuery,
  ComparisonResponse,
  CorrectedResponse,
  CorrectionBody,
  ExportParams,
  MentionParams,
  MentionsQuery,
  MentionsResponse,
  ProjectParams,
  ReportPageResponse,
  ReportQuery,
  RuleBody,
  RuleParams,
  RuleResponse,
  SnapshotBody,
  SnapshotParams,
  SnapshotResponse,
  SnapshotsResponse,
} from "../../contracts/listening.ts";
import { compareSnapshots } from "../../domain/listening/compare-snapshots.ts";
import { correctMention, correctMentions } from "../../domain/listening/correct-mentions.ts";
import { exportMentions } from "../../domain/listening/export-mentions.ts";
import { freezeSnapshot } from "../../domain/listening/freeze-snapshot.ts";
import { addRule, deleteRule } from "../../domain/listening/listening-rules.ts";
import { readAudit } from "../../domain/listening/read-audit.ts";
import {
  type AuditReportRenderers,
  exportAuditReport,
  readAuditReportPage,
} from "../../domain/listening/read-audit-report.ts";
import { readAuthors } from "../../domain/listening/read-authors.ts";
import { readMentions } from "../../domain/listening/read-mentions.ts";
import { listSnapshots, readSnapshot } from "../../domain/listening/read-snapshots.ts";
import { memberOf } from "../plugins/access.ts";
import { presentMention, presentRule } from "../present/listening.ts";
import { csvOf } from "../present/table.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["listening"];

export const listeningAuditRoutes: FastifyPluginAsyncTypebox<
  RouteOptions & { reportRenderers: AuditReportRenderers }
> = async (app, { context, reportRenderers }) => {
  const project = "/workspaces/:workspaceId/listening/projects/:projectId";

  app.get(
    `${project}/audit`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The image and presence audit: every figure of the dashboard",
        params: ProjectParams,
        querystring: AuditQuery,
        response: { 200: AuditResponse },
      },
    },
    async (request) => ({
      audit: await readAudit(context(), memberOf(request), request.params.projectId, request.query),
    }),
  );

  app.get(
    `${project}/report`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The audit report as a page: its HTML and stylesheet, in French or English",
        params: ProjectParams,
        querystring: ReportQuery,
        response: { 200: ReportPageResponse },
      },
    },
    async (request) =>
      readAuditReportPage(
        context(),
        memberOf(request),
        request.params.projectId,
        request.query,
        reportRenderers,
      ),
  );

  app.get(
    `${project}/report.pdf`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The audit report as PDF (Chromium's print), in French or English, with its charts",
        params: ProjectParams,
        querystring: ReportQuery,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const file = await exportAuditReport(
        context(),
        memberOf(request),
        request.params.projectId,
        request.query,
        reportRenderers,
      );
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.bytes);
    },
  );

  app.get(
    `${project}/authors`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary:
          "Who speaks: authors by volume and reach, their channels, tone and topics, and their communities",
        params: ProjectParams,
        querystring: AuditQuery,
        response: { 200: AuthorsResponse },
      },
    },
    async (request) => readAuthors(context(), memberOf(request), request.params.projectId, request.query),
  );

  app.get(
    `${project}/mentions`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The verbatims behind a figure: mentions filtered, newest first, 20 a page",
        params: ProjectParams,
        querystring: MentionsQuery,
        response: { 200: MentionsResponse },
      },
    },
    async (request) => {
      const { page, ...filter } = request.query;
      const result = await readMentions(
        context(),
        memberOf(request),
        request.params.projectId,
        filter,
        page ?? 1,
      );
      return { ...result, mentions: result.mentions.map(presentMention) };
    },
  );

  app.put(
    `${project}/mentions/:mentionId/correction`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Correct one mention: polarity, emotions, dimension, relevance",
        params: MentionParams,
        body: CorrectionBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await correctMention(
        context(),
        memberOf(request),
        request.params.projectId,
        Number(request.params.mentionId),
        request.body,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${project}/corrections`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Correct every mention of a filtered list at once",
        params: ProjectParams,
        body: BulkCorrectionBody,
        response: { 200: CorrectedResponse },
      },
    },
    async (request) => ({
      corrected: await correctMentions(
        context(),
        memberOf(request),
        request.params.projectId,
        request.body.filter,
        request.body.correction,
      ),
    }),
  );

  app.post(
    `${project}/rules`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Add a rule: a term's mentions get a polarity, or are not about us",
        params: ProjectParams,
        body: RuleBody,
        response: { 201: RuleResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        rule: presentRule(
          await addRule(context(), memberOf(request), request.params.projectId, request.body),
        ),
      }),
  );

  app.delete(
    `${project}/rules/:ruleId`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: { tags, summary: "Remove a rule", params: RuleParams, response: { 204: NoContent } },
    },
    async (request, reply) => {
      await deleteRule(context(), memberOf(request), request.params.projectId, request.params.ruleId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${project}/snapshots`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The project's snapshots, newest first",
        params: ProjectParams,
        response: { 200: SnapshotsResponse },
      },
    },
    async (request) => ({
      snapshots: (await listSnapshots(context(), memberOf(request), request.params.projectId)).map((s) => ({
        ...s,
        frozenAt: s.frozenAt.toISOString(),
      })),
    }),
  );

  app.post(
    `${project}/snapshots`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Freeze the audit as a snapshot that never changes",
        params: ProjectParams,
        body: SnapshotBody,
        response: { 201: SnapshotResponse },
      },
    },
    async (request, reply) => {
      const row = await freezeSnapshot(
        context(),
        memberOf(request),
        request.params.projectId,
        request.body.name,
      );
      return reply.code(201).send({
        snapshot: { id: row.id, name: row.name, frozenAt: row.frozenAt.toISOString(), audit: row.content },
      });
    },
  );

  app.get(
    `${project}/snapshots/:snapshotId`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "A snapshot's frozen audit",
        params: SnapshotParams,
        response: { 200: SnapshotResponse },
      },
    },
    async (request) => {
      const row = await readSnapshot(
        context(),
        memberOf(request),
        request.params.projectId,
        request.params.snapshotId,
      );
      return {
        snapshot: { id: row.id, name: row.name, frozenAt: row.frozenAt.toISOString(), audit: row.content },
      };
    },
  );

  app.get(
    `${project}/comparison`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "Compare two snapshots: the delta of every indicator",
        params: ProjectParams,
        querystring: CompareQuery,
        response: { 200: ComparisonResponse },
      },
    },
    async (request) => {
      const result = await compareSnapshots(
        context(),
        memberOf(request),
        request.params.projectId,
        request.query.before,
        request.query.after,
      );
      return {
        ...result,
        before: { ...result.before, frozenAt: result.before.frozenAt.toISOString() },
        after: { ...result.after, frozenAt: result.after.frozenAt.toISOString() },
      };
    },
  );

  app.get(
    `${project}/export/:file`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The labelled mentions: mentions.csv (formulas neutralized) or mentions.json",
        params: ExportParams,
        produces: ["text/csv", "application/json"],
      },
    },
    async (request, reply) => {
      const table = await exportMentions(context(), memberOf(request), request.params.projectId);
      reply.header("content-disposition", `attachment; filename="${request.params.file}"`);
      if (request.params.file === "mentions.json")
        return reply
          .type("application/json; charset=utf-8")
          .send({ project: table.project, mentions: table.rows });
      const rows = table.rows.map((row) =>
        table.columns.map((column) => (row as Record<string, string | number | boolean | null>)[column]),
      );
      return reply.type("text/csv; charset=utf-8").send(csvOf(table.columns, rows));
    },
  );
};
