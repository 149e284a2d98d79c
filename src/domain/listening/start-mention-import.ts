// Starts an import: from an upload with its mapping, or from pasted text; a job does the work in the background.
import type { Db } from "../../db/open-database.ts";
import type { ColumnMapping } from "../../db/schema/listening.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";
import { readPaste, readUpload } from "./read-upload.ts";
import { importJobKey } from "./run-mention-import.ts";

/** Checks the mapping against the upload's columns: the text is required, every named column must exist. */
function checkMapping(mapping: ColumnMapping, columns: readonly string[]): void {
  if (!mapping.text)
    throw new AppError("missing-column", "choose the column holding the text", { field: "mapping/text" });
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== undefined && !columns.includes(column))
      throw new AppError(
        "missing-column",
        `column "${column}" is not in the file (columns: ${columns.join(", ")})`,
        {
          field: `mapping/${field}`,
        },
      );
  }
}

/** Queues the import's job in the transaction that creates it: any worker process takes it once committed. */
function queueImport(ctx: Context, tx: Pick<Db, "execute">, workspaceId: string, importId: string) {
  return ctx.jobs.enqueue(tx, {
    kind: "import-mentions",
    workspaceId,
    payload: { importId },
    dedupeKey: importJobKey(importId),
    maxAttempts: 3,
  });
}

/** Creates the import of an upload with the given mapping, remembers the mapping for the project, and queues it. */
export async function startMentionImport(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  input: { uploadId: string; mapping: ColumnMapping },
) {
  const created = await ctx.db.transaction(async (tx) => {
    const { store } = await projectOf(tx, actor.workspaceId, projectId, true);
    const upload = await store.upload(projectId, input.uploadId);
    if (!upload) throw new AppError("not-found", "This upload does not exist.", { field: "uploadId" });
    checkMapping(input.mapping, readUpload(upload.content, upload.fileName, 1).columns);
    await store.updateProject(projectId, { mapping: input.mapping }, ctx.now);
    const row = await store.createImport({
      projectId,
      uploadId: upload.id,
      kind: "file",
      fileName: upload.fileName,
      mapping: input.mapping,
      createdBy: actor.userId,
    });
    await queueImport(ctx, tx, actor.workspaceId, row.id);
    return row;
  });
  return created;
}

/** Imports pasted text, one mention per line, dated now. */
export async function pasteMentions(ctx: Context, actor: MemberActor, projectId: string, text: string) {
  readPaste(text);
  const created = await ctx.db.transaction(async (tx) => {
    const { store } = await projectOf(tx, actor.workspaceId, projectId, true);
    const uploadId = await store.addUpload({
      projectId,
      fileName: "paste.txt",
      format: "paste",
      content: Buffer.from(text, "utf8"),
      createdBy: actor.userId,
    });
    const row = await store.createImport({
      projectId,
      uploadId,
      kind: "paste",
      fileName: "paste.txt",
      mapping: { text: "text" },
      createdBy: actor.userId,
    });
    await queueImport(ctx, tx, actor.workspaceId, row.id);
    return row;
  });
  return created;
}
