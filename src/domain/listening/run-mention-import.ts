// Runs one import of mentions as a job: reads the upload, reads each mention, and stores everything in one transaction
// at the end, so that a failure, a cancellation or a worker that dies leaves the project as it was.
import type { RejectedRow, SkippedRow } from "../../db/schema/listening.ts";
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import { type NewMention, openListeningStore } from "../../db/stores/listening-store.ts";
import { AppError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { requestTopicAnalysis } from "./analyze-listening-topics.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import { mentionOfRow } from "./mention-of-row.ts";
import { compileFrame, readMention } from "./mention-reading.ts";
import { readPaste, readUpload } from "./read-upload.ts";

/** The dedupe key of an import's job: one job per import, found again to cancel it. */
export const importJobKey = (importId: string) => `mention-import:${importId}`;

/** How a running import tells its progress, learns that it should stop, and knows whether it may be tried again. */
export interface ImportReport {
  /** Tells the job's progress (`job.progressed`); the import's own row is updated by the run. */
  progress(done: number, total: number, message?: string): Promise<void> | void;
  /** Aborted when the job is cancelled, or when its worker stops or loses it (then the job is tried again). */
  signal: AbortSignal;
  /** This attempt's number and the last one: an unexpected failure before the last leaves the import queued. */
  attempt: number;
  maxAttempts: number;
}

/** Rows between two progress reports. */
const progressEvery = 500;
/** Rejections and duplicates listed in the report at most (the counts stay exact). */
const listedAtMost = 1_000;

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
): Promise<{ taken: number } | null> {
  const job = await openListeningStore(ctx.db, workspaceId).import(importId);
  // A run after the import ended (its job retried after the commit, or cancelled while queued) has nothing to do.
  if (!job || (job.status !== "queued" && job.status !== "running")) return null;
  const { store, project } = await projectOf(ctx.db, workspaceId, job.projectId);
  const finish = async (status: "failed" | "cancelled", error: string | null) => {
    await ctx.db.transaction(async (tx) => {
      const { store: txStore } = await projectOf(tx, workspaceId, project.id, true);
      const current = await txStore.import(importId);
      if (current?.status !== "queued" && current?.status !== "running") return;
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
  // A cancel asked through the import's row stops the run at the next progress report, whichever process runs it.
  const cancelled = new AbortController();
  const stop = async () => {
    if (cancelled.signal.aborted) throw new ImportCancelled();
    if (!report.signal.aborted) return;
    if ((await store.import(importId))?.cancelRequested) throw new ImportCancelled();
    throw new ImportInterrupted();
  };
  const progress = async (done: number, total: number) => {
    await store.updateImport(importId, { done, total });
    if ((await store.import(importId))?.cancelRequested) cancelled.abort();
    await report.progress(done, total);
  };
  try {
    if (job.cancelRequested) throw new ImportCancelled();
    await store.updateImport(importId, { status: "running", done: 0, error: null });
    const upload = job.uploadId ? await store.upload(project.id, job.uploadId) : undefined;
    if (!upload) throw new AppError("not-found", "The uploaded file of this import is gone.");
    const table =
      upload.format === "paste"
        ? readPaste(upload.content.toString("utf8"))
        : readUpload(upload.content, upload.fileName);
    const matcher = project.frame ? compileFrame(project.frame) : undefined;
    const total = table.rows.length;
    await progress(0, total);
    const candidates: NewMention[] = [];
    const rejected: RejectedRow[] = [];
    const duplicates: SkippedRow[] = [];
    let rejectedCount = 0;
    let duplicateCount = 0;
    const seenIds = new Set<string>();
    const seenHashes = new Set<string>();
    const now = ctx.now;
    for (let start = 0; start < total; start += progressEvery) {
      await stop();
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
      await progress(Math.min(total, start + progressEvery), total);
    }
    await stop();
    const days = [...new Set(candidates.map((m) => m.day))];
    const stored = await ctx.db.transaction(async (tx) => {
      // The project's row lock orders this commit after any other import of the project, and the import's status
      // read under it keeps a second run (a worker that lost its lease) from storing the mentions again.
      const { store: txStore } = await projectOf(tx, workspaceId, project.id, true);
      const current = await txStore.import(importId);
      if (current?.status !== "queued" && current?.status !== "running") return false;
      if (current.cancelRequested) throw new ImportCancelled();
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
      // Last check before the commit: a run aborted now (cancelled, or its worker stopping) keeps nothing.
      await stop();
      return true;
    });
    return stored ? { taken: candidates.length } : null;
  } catch (error) {
    if (error instanceof ImportCancelled) {
      await finish("cancelled", null);
      return null;
    }
    if (error instanceof AppError) {
      // A file that cannot be read is not read better by a retry: the import fails now, with its place.
      await finish("failed", [error.where, error.message].filter(Boolean).join(": "));
      return null;
    }
    if (report.attempt < report.maxAttempts) {
      // Tried again from its start by the job's next attempt; nothing of this one was stored.
      await store.updateImport(importId, { status: "queued", done: 0 }).catch(() => {});
    } else {
      await finish("failed", "the import failed");
    }
    throw error;
  }
}

/** Thrown inside the run when the import is cancelled; caught by `runMentionImport`. */
class ImportCancelled extends Error {}

/** Thrown when the job's signal aborts without a cancel (its worker stops or lost it): the job is tried again. */
class ImportInterrupted extends Error {
  constructor() {
    super("the import was interrupted; it starts again from its beginning");
  }
}
