// Runs one import of mentions: reads the upload, reads each mention, and stores everything in one transaction at the end.
import type { ColumnMapping, RejectedRow, SkippedRow } from "../../db/schema/listening.ts";
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import { type NewMention, openListeningStore } from "../../db/stores/listening-store.ts";
import { AppError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { requestTopicAnalysis } from "./analyze-listening-topics.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import { compileFrame, readMention, textHashOf } from "./mention-reading.ts";
import { readPaste, readUpload, type UploadRow } from "./read-upload.ts";

/** How a running import tells its progress and learns it is cancelled. */
export interface ImportReport {
  progress(done: number, total: number, message?: string): Promise<void> | void;
  signal: AbortSignal;
}

/** Rows between two progress reports. */
const progressEvery = 500;
/** Rejections and duplicates listed in the report at most (the counts stay exact). */
const listedAtMost = 1_000;
/** Longest mention kept, in characters; longer ones are rejected rather than cut. */
export const maxMentionLength = 20_000;

/** Reads a date: ISO 8601, a Unix time in seconds or milliseconds, or a French day "31/12/2025 [hh:mm]". */
export function parseMentionDate(value: string): Date | undefined {
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) {
    const n = Number(text);
    return new Date(text.length > 11 ? n : n * 1000);
  }
  const fr = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/);
  if (fr) {
    const [, d, m, y, hh, mm] = fr;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0)));
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) ? undefined : date;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) && !/[a-z]{3},? \d{1,2} [a-z]{3}/i.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function count(value: string | undefined, field: string): number | string {
  if (value === undefined || value.trim() === "") return 0;
  const n = Number(value.replace(/[\s\u202f]/g, ""));
  return Number.isInteger(n) && n >= 0 ? n : `${field} must be a whole number ≥ 0, not "${value}"`;
}

/** One row → a mention, or the reason it is rejected (naming the field). */
/** A row read and checked, before the engine reads it; `language` may be "auto". */
export interface ParsedMention {
  line: number;
  externalId: string | null;
  textHash: string;
  text: string;
  publishedAt: Date;
  day: string;
  author: string | null;
  source: string;
  channel: string;
  url: string | null;
  reach: number;
  likes: number;
  shares: number;
  comments: number;
  language: string;
}

export function mentionOfRow(
  row: UploadRow,
  mapping: ColumnMapping,
  now: Date,
): { mention: ParsedMention } | RejectedRow {
  const get = (field: keyof ColumnMapping) => {
    const column = mapping[field];
    return column === undefined ? undefined : row.fields[column];
  };
  const text = (get("text") ?? "").trim();
  if (text === "") return { line: row.line, reason: "the text is empty", field: "text" };
  if (text.length > maxMentionLength)
    return {
      line: row.line,
      reason: `the text is longer than ${maxMentionLength} characters`,
      field: "text",
    };
  const rawDate = get("date");
  const publishedAt =
    rawDate === undefined || rawDate.trim() === ""
      ? mapping.date
        ? undefined
        : now
      : parseMentionDate(rawDate);
  if (!publishedAt)
    return { line: row.line, reason: `the date "${rawDate ?? ""}" is not understood`, field: "date" };
  const numbers: Record<"reach" | "likes" | "shares" | "comments", number> = {
    reach: 0,
    likes: 0,
    shares: 0,
    comments: 0,
  };
  for (const field of ["reach", "likes", "shares", "comments"] as const) {
    const n = count(get(field), field);
    if (typeof n === "string") return { line: row.line, reason: n, field };
    numbers[field] = n;
  }
  const externalId = get("id")?.trim() || null;
  return {
    mention: {
      line: row.line,
      externalId,
      textHash: textHashOf(text),
      text,
      publishedAt,
      day: publishedAt.toISOString().slice(0, 10),
      author: get("author")?.trim() || null,
      source: get("source")?.trim() ?? "",
      channel: get("channel")?.trim() ?? "",
      url: get("url")?.trim() || null,
      ...numbers,
      language: get("language")?.trim().toLowerCase().slice(0, 2) || "auto",
    },
  };
}

/**
 * Runs the import `importId`: every row is mapped, checked, de-duplicated (same external id, or near-identical text,
 * against the project and earlier rows of the file) and read by the engine; then one transaction stores the mentions,
 * applies the project's rules, refreshes the rollups and writes the report. A failure or a cancellation before that
 * transaction commits leaves the project exactly as it was.
 */
export async function runMentionImport(
  ctx: Context,
  workspaceId: string,
  importId: string,
  report: ImportReport,
) {
  const job = await openListeningStore(ctx.db, workspaceId).import(importId);
  if (!job) throw new AppError("not-found", "This import does not exist.");
  const { store, project } = await projectOf(ctx.db, workspaceId, job.projectId);
  const finish = async (status: "failed" | "cancelled", error: string | null) => {
    await ctx.db.transaction(async (tx) => {
      const { store: txStore } = await projectOf(tx, workspaceId, project.id);
      await txStore.updateImport(importId, { status, error, finishedAt: new Date() });
      await publishListeningEvent(
        tx,
        workspaceId,
        "mention-import.finished",
        { projectId: project.id, importId, status, taken: 0 },
        new Date(),
      );
    });
  };
  try {
    await store.updateImport(importId, { status: "running" });
    const upload = job.uploadId ? await store.upload(project.id, job.uploadId) : undefined;
    if (!upload) throw new AppError("not-found", "The uploaded file of this import is gone.");
    const table =
      upload.format === "paste"
        ? readPaste(upload.content.toString("utf8"))
        : readUpload(upload.content, upload.fileName);
    const matcher = project.frame ? compileFrame(project.frame) : undefined;
    const total = table.rows.length;
    await report.progress(0, total);
    const candidates: NewMention[] = [];
    const rejected: RejectedRow[] = [];
    const duplicates: SkippedRow[] = [];
    let rejectedCount = 0;
    let duplicateCount = 0;
    const seenIds = new Set<string>();
    const seenHashes = new Set<string>();
    const now = ctx.now;
    for (let start = 0; start < total; start += progressEvery) {
      if (report.signal.aborted) throw new ImportCancelled();
      const part = table.rows.slice(start, start + progressEvery);
      const mapped = part.map((row) => mentionOfRow(row, job.mapping, now));
      const known = await store.existing(
        project.id,
        mapped.flatMap((m) => ("mention" in m && m.mention.externalId ? [m.mention.externalId] : [])),
        mapped.flatMap((m) => ("mention" in m ? [m.mention.textHash] : [])),
      );
      for (const item of mapped) {
        if (!("mention" in item)) {
          rejectedCount += 1;
          if (rejected.length < listedAtMost) rejected.push(item);
          continue;
        }
        const m = item.mention;
        const sameId = m.externalId !== null && (known.ids.has(m.externalId) || seenIds.has(m.externalId));
        const sameText = known.hashes.has(m.textHash) || seenHashes.has(m.textHash);
        if (sameId || sameText) {
          duplicateCount += 1;
          if (duplicates.length < listedAtMost)
            duplicates.push({ line: m.line, reason: sameId ? "same-id" : "same-text" });
          continue;
        }
        if (m.externalId !== null) seenIds.add(m.externalId);
        seenHashes.add(m.textHash);
        const reading = readMention(m.text, m.language);
        const mention = { ...m, language: reading.language };
        candidates.push({
          ...mention,
          machinePolarity: reading.polarity,
          machineScore: reading.score,
          machineEmotions: reading.emotions,
          machineDimensions: reading.dimensions,
          polarity: reading.polarity,
          emotions: reading.emotions,
          dimensions: reading.dimensions,
          brands: matcher?.inScope(mention) ? matcher.brandsOf(m.text) : [],
        });
      }
      const done = Math.min(total, start + progressEvery);
      await report.progress(done, total);
    }
    if (report.signal.aborted) throw new ImportCancelled();
    const days = [...new Set(candidates.map((m) => m.day))];
    await ctx.db.transaction(async (tx) => {
      const { store: txStore } = await projectOf(tx, workspaceId, project.id, true);
      const current = await txStore.import(importId);
      if (current?.cancelRequested) throw new ImportCancelled();
      await txStore.insertMentions(
        project.id,
        candidates.map((m) => ({ ...m, importId })),
      );
      if (candidates.length > 0) {
        await txStore.applyReadings(project.id, { importId });
        await openListeningFiguresStore(tx, workspaceId).refreshRollups(project.id, days);
        await requestTopicAnalysis(ctx, tx, workspaceId, project.id);
      }
      if (job.uploadId) await txStore.deleteUpload(job.uploadId);
      await txStore.updateImport(importId, {
        status: "done",
        done: total,
        total,
        taken: candidates.length,
        duplicates,
        rejected,
        finishedAt: new Date(),
        error:
          rejectedCount > rejected.length || duplicateCount > duplicates.length
            ? `${rejectedCount} rows rejected and ${duplicateCount} duplicates in all; the first ${listedAtMost} of each are listed`
            : null,
      });
      await publishListeningEvent(
        tx,
        workspaceId,
        "mention-import.finished",
        { projectId: project.id, importId, status: "done", taken: candidates.length },
        new Date(),
      );
    });
  } catch (error) {
    if (error instanceof ImportCancelled) {
      await finish("cancelled", null);
      return;
    }
    const message =
      error instanceof AppError
        ? [error.where, error.message].filter(Boolean).join(": ")
        : "the import failed";
    await finish("failed", message);
    if (!(error instanceof AppError)) throw error;
  }
}

/** Thrown inside the run when the import is cancelled; caught by `runMentionImport`. */
class ImportCancelled extends Error {}
