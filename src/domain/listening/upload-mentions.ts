// Keeps an uploaded file of mentions and answers its preview: format, columns, first rows and the proposed mapping.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { takeWriteBudget } from "../write-limits/take-write-budget.ts";
import { projectOf } from "./listening-project.ts";
import { mappingPresets, proposeMapping } from "./mapping-presets.ts";
import { readUpload } from "./read-upload.ts";

/** Reads the preview; an error's place in the file (file:line:column) leads its message, as the API shows it. */
function readPreview(content: Buffer, fileName: string) {
  try {
    return readUpload(content, fileName, previewRows);
  } catch (error) {
    if (error instanceof AppError && error.where)
      throw new AppError(error.code, `${error.where}: ${error.message}`, {
        field: error.field ?? "file",
        where: error.where,
      });
    throw error;
  }
}

/** Rows shown in the mapping step's preview. */
export const previewRows = 5;

/**
 * Reads the file once to check it (encoding, format, header) and stores it for the import; a file that cannot be read
 * is refused with its place (file:line:column) and nothing is stored.
 */
export async function uploadMentions(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  file: { fileName: string; content: Buffer },
) {
  const { store, project } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const table = readPreview(file.content, file.fileName);
  // The file is stored by one statement: the budget is taken just before it (a failed store keeps the token spent).
  await takeWriteBudget(ctx.db, ctx, actor.userId, "listening-upload");
  const uploadId = await store.addUpload({
    projectId,
    fileName: file.fileName,
    format: table.format,
    content: file.content,
    createdBy: actor.userId,
  });
  const proposed = proposeMapping(table.columns, project.mapping);
  return {
    uploadId,
    fileName: file.fileName,
    format: table.format,
    columns: table.columns,
    preview: table.rows,
    mapping: proposed.mapping,
    preset: proposed.preset,
    presets: mappingPresets,
  };
}
