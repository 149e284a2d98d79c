// The listening API as the pages use it: paths, the audit's shape as the server sends it, the raw upload.
import type { Static } from "@sinclair/typebox";
import type {
  ImportSchema,
  MentionSchema,
  Project,
  SnapshotSummary,
  UploadResponse,
} from "../../../src/contracts/listening.ts";
import { ApiError } from "../../api/client.ts";

export type ProjectData = Static<typeof Project>;
export type ImportData = Static<typeof ImportSchema>;
export type MentionData = Static<typeof MentionSchema>;
export type SnapshotData = Static<typeof SnapshotSummary>;
export type UploadData = Static<typeof UploadResponse>;
export type Polarity = "positive" | "neutral" | "negative";

export const projectsPath = (workspaceId: string) => `/workspaces/${workspaceId}/listening/projects`;
export const projectPath = (workspaceId: string, projectId: string) =>
  `${projectsPath(workspaceId)}/${projectId}`;
/** The web address of a project's page, `tail` being "", "/import", "/snapshots" or "/report". */
export const projectPage = (workspaceId: string, projectId: string, tail = "") =>
  `/workspaces/${workspaceId}/listening/${projectId}${tail}`;

export interface Spike {
  start: string;
  end: string;
  mentions: number;
  baseline: number;
}

interface Share {
  name: string;
  mentions: number;
  share: number;
  netSentiment: number | null;
}

/** The figures of `GET …/audit` and of a frozen snapshot. */
export interface AuditData {
  panel: string[];
  scope: { brand: string | null; from: string | null; to: string | null };
  mentions: number;
  polarity: Record<Polarity, number>;
  netSentiment: number | null;
  brands: Array<{
    name: string;
    mentions: number;
    reach: number;
    engagement: number;
    polarity: Record<Polarity, number>;
    netSentiment: number | null;
    shareOfVoice: number;
    shareOfReach: number;
    shareOfEngagement: number;
    shareOfPositive: number;
  }>;
  volume: Array<{ day: string; mentions: number; negative: number; positive: number }>;
  spikes: Spike[];
  negativeSpikes: Spike[];
  channels: Array<{
    channel: string;
    source: string;
    mentions: number;
    reach: number;
    engagement: number;
    netSentiment: number | null;
  }>;
  authors: Array<{ author: string; mentions: number; reach: number; engagement: number; negative: number }>;
  emotions: Array<{ name: string; mentions: number }>;
  dimensions: Share[];
  keyDrivers: Array<Share & { kind: "dimension" | "topic" }>;
  topics: Array<{
    label: string;
    mentions: number;
    share: number;
    netSentiment: number | null;
    trend: string;
    quote: string | null;
    keywords: string[];
    /** Nearly all its mentions in the latest third of the period. */
    isNew: boolean;
  }>;
  /** A topic analysis waits or runs (after an import): topics will change. Absent in snapshots. */
  topicsPending?: boolean;
  agreement: { corrections: number; polarityLabels: number; polarityAgreed: number; rate: number | null };
}

/** The filter of the verbatims behind a figure: the query-string names of `GET …/mentions`. */
export type MentionFilter = Partial<
  Record<
    | "brand"
    | "from"
    | "to"
    | "channel"
    | "source"
    | "polarity"
    | "dimension"
    | "emotion"
    | "author"
    | "topic"
    | "q",
    string
  >
>;

export function queryOf(filter: MentionFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

/**
 * Sends a request whose answer the shared client does not return (a raw upload, a 202 with its body): the CSRF token
 * is read from the session, and a problem becomes an `ApiError` like everywhere else.
 */
async function sendReading<T>(path: string, body: BodyInit, contentType: string): Promise<T> {
  const session = await fetch("/api/v1/session", { credentials: "same-origin" });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await fetch(`/api/v1${path}`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": contentType, "x-csrf-token": csrfToken, accept: "application/json" },
    body,
  });
  const answer = (await response.json().catch(() => ({}))) as T & {
    code?: string;
    detail?: string;
    field?: string;
    errors?: Array<{ field: string; code: string; message?: string }>;
  };
  if (!response.ok) {
    throw new ApiError(
      response.status,
      (answer.code ?? "internal") as never,
      answer.detail ?? "",
      answer.field,
      (answer.errors ?? []) as never,
    );
  }
  return answer;
}

/** Sends a file's bytes as they are (the server reads CSV, TSV, JSON, JSONL) and returns the preview. */
export function uploadFile(workspaceId: string, projectId: string, file: File): Promise<UploadData> {
  const path = `${projectPath(workspaceId, projectId)}/uploads?fileName=${encodeURIComponent(file.name)}`;
  return sendReading<UploadData>(path, file, "application/octet-stream");
}

/** Starts an import (`imports` with an upload and its mapping, or `paste` with text); returns it as queued. */
export async function startImport(
  workspaceId: string,
  projectId: string,
  how: "imports" | "paste",
  body: unknown,
): Promise<ImportData> {
  const path = `${projectPath(workspaceId, projectId)}/${how}`;
  return (await sendReading<{ import: ImportData }>(path, JSON.stringify(body), "application/json")).import;
}

/** A net sentiment in [-1, 1] written as a signed whole number out of 100, or "—" when there is none. */
export function formatNet(value: number | null, language: string): string {
  if (value === null || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(language, { signDisplay: "exceptZero", maximumFractionDigits: 0 }).format(
    value * 100,
  );
}

export function formatShare(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 }).format(value);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}
