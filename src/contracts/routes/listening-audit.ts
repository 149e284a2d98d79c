// JSON routes of a listening project's audit: dashboard, report page, who speaks, verbatims, corrections, rules,
// snapshots and their comparison (the PDF and the exported files answer files, not JSON).
import { NoContent } from "../common.ts";
import {
  AuditQuery,
  AuditResponse,
  AuthorsResponse,
  BulkCorrectionBody,
  CompareQuery,
  ComparisonResponse,
  CorrectedResponse,
  CorrectionBody,
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
} from "../listening.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route's schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const listeningAuditRouteContracts = {
  "GET /workspaces/:workspaceId/listening/projects/:projectId/audit": {
    params: ProjectParams,
    querystring: AuditQuery,
    response: { 200: AuditResponse },
  },
  "GET /workspaces/:workspaceId/listening/projects/:projectId/report": {
    params: ProjectParams,
    querystring: ReportQuery,
    response: { 200: ReportPageResponse },
  },
  "GET /workspaces/:workspaceId/listening/projects/:projectId/authors": {
    params: ProjectParams,
    querystring: AuditQuery,
    response: { 200: AuthorsResponse },
  },
  "GET /workspaces/:workspaceId/listening/projects/:projectId/mentions": {
    params: ProjectParams,
    querystring: MentionsQuery,
    response: { 200: MentionsResponse },
  },
  "PUT /workspaces/:workspaceId/listening/projects/:projectId/mentions/:mentionId/correction": {
    params: MentionParams,
    body: CorrectionBody,
    response: { 204: NoContent },
  },
  "POST /workspaces/:workspaceId/listening/projects/:projectId/corrections": {
    params: ProjectParams,
    body: BulkCorrectionBody,
    response: { 200: CorrectedResponse },
  },
  "POST /workspaces/:workspaceId/listening/projects/:projectId/rules": {
    params: ProjectParams,
    body: RuleBody,
    response: { 201: RuleResponse },
  },
  "DELETE /workspaces/:workspaceId/listening/projects/:projectId/rules/:ruleId": {
    params: RuleParams,
    response: { 204: NoContent },
  },
  "GET /workspaces/:workspaceId/listening/projects/:projectId/snapshots": {
    params: ProjectParams,
    response: { 200: SnapshotsResponse },
  },
  "POST /workspaces/:workspaceId/listening/projects/:projectId/snapshots": {
    params: ProjectParams,
    body: SnapshotBody,
    response: { 201: SnapshotResponse },
  },
  "GET /workspaces/:workspaceId/listening/projects/:projectId/snapshots/:snapshotId": {
    params: SnapshotParams,
    response: { 200: SnapshotResponse },
  },
  "GET /workspaces/:workspaceId/listening/projects/:projectId/comparison": {
    params: ProjectParams,
    querystring: CompareQuery,
    response: { 200: ComparisonResponse },
  },
} as const satisfies Record<string, RouteContract>;
