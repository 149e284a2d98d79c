// Decodes an import's bytes as strict UTF-8 (BOM or not), naming the line of the first bad byte.
import { fileError } from "../../../errors.ts";
import type { ByteSource } from "./byte-source.ts";

/**
 * Yields the text of a source chunk by chunk. A UTF-8 BOM is dropped. A UTF-16 file (by its BOM, or by the NUL
 * bytes of a BOM-less one) and invalid UTF-8 stop the import with an "invalid-file" error naming the line and
 * column, and suggest saving as UTF-8: guessing a legacy encoding would silently corrupt accents.
 */
export async function* decodeText(
  source: ByteSource,
  onBytes?: (bytesRead: number, totalBytes: number) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let line = 1;
  let column = 1;
  let first = true;
  for await (const chunk of source.open()) {
    if (first) {
      first = false;
      checkUtf16(chunk, source.name);
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        bytes += 3;
        yield* decodeChunk(chunk.subarray(3));
        continue;
      }
    }
    yield* decodeChunk(chunk);
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;

  function* decodeChunk(chunk: Uint8Array): Generator<string> {
    bytes += chunk.length;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const valid = new TextDecoder("utf-8").decode(validPrefix(chunk), { stream: true });
      const where = advance(valid, line, column);
      const byte = chunk[new TextEncoder().encode(valid).length] ?? 0;
      const hint = byte >= 0x80 ? " (it looks like Latin-1 or Windows-1252)" : "";
      throw fileError(
        "invalid-file",
        `the file is not valid UTF-8${hint}: save it as UTF-8`,
        source.name,
        where.line,
        where.column,
      );
    }
    ({ line, column } = advance(text, line, column));
    onBytes?.(bytes, source.size ?? 0);
    if (text !== "") yield text;
  }
}

function checkUtf16(chunk: Uint8Array, name: string): void {
  const bom = (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
  let nul = 0;
  const sample = Math.min(chunk.length, 512);
  for (let i = 0; i < sample; i++) if (chunk[i] === 0) nul += 1;
  if (bom || (sample >= 8 && nul > sample / 4)) {
    throw fileError("invalid-file", "the file is UTF-16, not UTF-8: save it as UTF-8", name, 1, 1);
  }
}

function advance(text: string, line: number, column: number): { line: number; column: number } {
  let at = text.indexOf("\n");
  if (at < 0) return { line, column: column + text.length };
  let lines = line;
  let last = at;
  while (at >= 0) {
    lines += 1;
    last = at;
    at = text.indexOf("\n", at + 1);
  }
  return { line: lines, column: text.length - last };
}

/** The longest prefix of a chunk that decodes as UTF-8 (a sequence cut at the chunk's end counts as valid). */
function validPrefix(chunk: Uint8Array): Uint8Array {
  let lo = 0;
  let hi = chunk.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(chunk.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return chunk.subarray(0, lo);
}
