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
  // The bytes of a character cut at the end of the previous chunk, held by the decoder until the next one: kept
  // here too, so that an error names the same place and byte whatever the chunk size.
  let carry: Uint8Array = new Uint8Array(0);
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
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    // The file ends inside a character.
    throw invalid(carry, "");
  }
  if (rest !== "") yield rest;

  function invalid(held: Uint8Array, valid: string) {
    const where = advance(valid, line, column);
    const byte = held[new TextEncoder().encode(valid).length] ?? 0;
    const hint = byte >= 0x80 ? " (it looks like Latin-1 or Windows-1252)" : "";
    return fileError(
      "invalid-file",
      `the file is not valid UTF-8${hint}: save it as UTF-8`,
      source.name,
      where.line,
      where.column,
    );
  }

  function* decodeChunk(chunk: Uint8Array): Generator<string> {
    bytes += chunk.length;
    const held = carry.length === 0 ? chunk : concat(carry, chunk);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalid(held, new TextDecoder("utf-8").decode(validPrefix(held), { stream: true }));
    }
    carry = held.subarray(held.length - incompleteTail(held));
    ({ line, column } = advance(text, line, column));
    onBytes?.(bytes, source.size ?? 0);
    if (text !== "") yield text;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many bytes at the end of `bytes` (already decoded without error) start a character not yet complete. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
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
