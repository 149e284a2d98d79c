// Reads a Pol.is export given as texts (an upload) with the same checks and line-numbered errors as a folder.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PolisExport, readPolisExport } from "./polis-export.ts";

/**
 * `comments` is the text of comments.csv, `votes` that of votes.csv. They go through a private temporary folder so
 * that the one reader (streaming, with file:line:column errors) serves the CLI and the API alike.
 */
export async function readPolisTexts(texts: { comments: string; votes: string }): Promise<PolisExport> {
  const folder = await mkdtemp(join(tmpdir(), "cocrea-polis-"));
  try {
    await writeFile(join(folder, "comments.csv"), texts.comments, "utf8");
    await writeFile(join(folder, "votes.csv"), texts.votes, "utf8");
    return await readPolisExport(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
