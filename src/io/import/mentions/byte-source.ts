// Where an import's bytes come from: a file on disk, or bytes already in memory (an upload, pasted text).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { AppError } from "../../../errors.ts";

/** A named stream of bytes that can be opened more than once (a preview, then the import). */
export interface ByteSource {
  /** The name errors print ("mentions.csv"). */
  name: string;
  /** Total bytes when known, for progress. */
  size: number | undefined;
  open(): AsyncIterable<Uint8Array>;
}

/** A file read in 1 MiB chunks. Throws AppError "invalid-file" when it cannot be read. */
export async function fileSource(path: string): Promise<ByteSource> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppError("invalid-file", `cannot read ${path}: no such file`, { where: path });
  }
  return {
    name: basename(path),
    size,
    open: () => createReadStream(path, { highWaterMark: 1 << 20 }),
  };
}

/** Bytes or text held in memory, served in chunks of `chunk` bytes (small chunks exercise the readers' joins). */
export function memorySource(name: string, content: Uint8Array | string, chunk = 1 << 20): ByteSource {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.length,
    async *open() {
      for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
    },
  };
}
