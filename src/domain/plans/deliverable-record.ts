// Recording a deliverable produced in a session (a text, or a file), and reading its file back.
import { type DeliverableRow, openPlanSessionStore } from "../../db/stores/plan-session-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { announcePlanEvent, requiredText, sessionFor } from "./session-rules.ts";

/** The largest deliverable file kept, in bytes (5 MiB). */
export const maxDeliverableBytes = 5 * 1024 * 1024;

/** Files a deliverable may be: documents and images that browsers never run (no HTML, no SVG). */
export const deliverableMediaTypes = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/webp",
  "text/plain",
  "text/markdown",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.text",
] as const;

export interface DeliverableInput {
  title: string;
  body?: string | null;
  file?: { name: string; mediaType: string; base64: string } | null;
}

function fileOf(file: NonNullable<DeliverableInput["file"]>) {
  if (!(deliverableMediaTypes as readonly string[]).includes(file.mediaType))
    throw new AppError("unsupported-media-type", `A deliverable cannot be a ${file.mediaType} file.`, {
      field: "file/mediaType",
      details: { allowed: deliverableMediaTypes },
    });
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64))
    throw new AppError("invalid-input", "The file is not valid base64.", { field: "file/base64" });
  const bytes = Buffer.from(file.base64, "base64");
  if (bytes.length === 0) throw new AppError("invalid-input", "The file is empty.", { field: "file/base64" });
  if (bytes.length > maxDeliverableBytes)
    throw new AppError("body-too-large", `A deliverable file holds at most ${maxDeliverableBytes} bytes.`, {
      field: "file/base64",
      details: { max: maxDeliverableBytes },
    });
  const name = requiredText(file.name.replace(/[\\/\r\n"]/g, "_"), "file/name", 200);
  return { bytes, name, mediaType: file.mediaType };
}

/** Records a text or file deliverable, as a draft, in an open session. */
export async function recordDeliverable(
  ctx: Context,
  actor: MemberActor,
  sessionId: string,
  input: DeliverableInput,
): Promise<DeliverableRow> {
  const title = requiredText(input.title, "title", 300);
  const body = input.body?.trim() ? input.body.trim() : null;
  const file = input.file ? fileOf(input.file) : null;
  if (body === null && file === null)
    throw new AppError("invalid-input", "A deliverable is a text or a file.", { field: "body" });
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const session = await sessionFor(store, sessionId, true);
    const row = await store.insertDeliverable(
      {
        planId: session.planId,
        sessionId,
        title,
        body,
        fileName: file?.name ?? null,
        mediaType: file?.mediaType ?? null,
        file: file?.bytes ?? null,
        createdBy: actor.userId,
      },
      ctx.now,
    );
    await announcePlanEvent(tx, "deliverable.recorded", actor, ctx.now, {
      planId: session.planId,
      sessionId,
      recordId: row.id,
    });
    return row;
  });
}

/** A deliverable's file, or not-found when it has none or belongs to another workspace. */
export async function readDeliverableFile(ctx: Context, actor: MemberActor, deliverableId: string) {
  const found = await openPlanSessionStore(ctx.db, actor.workspaceId).deliverableFile(deliverableId);
  if (!found?.file || !found.mediaType)
    throw new AppError("not-found", "This deliverable has no file in this workspace.");
  return { bytes: found.file, name: found.fileName ?? "deliverable", mediaType: found.mediaType };
}
