// Streams the objects of a JSON array file or a JSONL file, each with the line where it starts.
import { fileError } from "../../../errors.ts";

/** One element: a parsed object, or why the element is not one (a rejection, not a failure of the file). */
export type JsonRecord =
  | { line: number; value: Record<string, unknown> }
  | { line: number; column?: number; reason: string };

/**
 * JSONL: one JSON object per line; blank lines skipped. A line that is not valid JSON or not an object is a
 * rejected record with its line and column, so one bad line does not lose the others.
 */
export async function* jsonlRecords(chunks: AsyncIterable<string>): AsyncGenerator<JsonRecord> {
  let pending = "";
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n", start)) {
      line += 1;
      const record = parseElement(pending.slice(start, end), line);
      if (record) yield record;
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  const last = parseElement(pending, line + 1);
  if (last) yield last;
}

function parseElement(text: string, line: number): JsonRecord | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const column = position ? Number(position[1]) + 1 + (text.length - text.trimStart().length) : undefined;
    return { line, ...(column === undefined ? {} : { column }), reason: "not valid JSON" };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { line, reason: "each record must be a JSON object ({ … })" };
  }
  return { line, value: value as Record<string, unknown> };
}

/**
 * A JSON file holding one array of objects, read element by element without holding the file: only one element's
 * text is in memory at a time. A broken structure (no array, a missing comma, text after the array) stops the
 * import with an "invalid-file" error at its line and column; an element that is not an object is rejected.
 */
export async function* jsonArrayRecords(
  chunks: AsyncIterable<string>,
  name: string,
): AsyncGenerator<JsonRecord> {
  type State = "before-array" | "before-element" | "in-element" | "after-element" | "done";
  let state: State = "before-array";
  let line = 1;
  let column = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = "";
  let elementLine = 1;
  const out: JsonRecord[] = [];
  const fail = (what: string): never => {
    throw fileError("invalid-file", what, name, line, column);
  };
  for await (const text of chunks) {
    let start = state === "in-element" ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line += 1;
        column = 0;
      } else {
        column += 1;
      }
      if (state === "in-element") {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth += 1;
        else if (c === 125 || c === 93) {
          depth -= 1;
          if (depth === 0) {
            element += text.slice(start, i + 1);
            start = -1;
            out.push(parseElement(element, elementLine) as JsonRecord);
            element = "";
            state = "after-element";
          } else if (depth < 0) {
            element += text.slice(start, i);
            start = -1;
            out.push(parseElement(element, elementLine) as JsonRecord);
            element = "";
            state = "done";
          }
        } else if (c === 44 && depth === 0) {
          element += text.slice(start, i);
          start = -1;
          out.push(parseElement(element, elementLine) as JsonRecord);
          element = "";
          state = "before-element";
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) continue;
      if (state === "before-array") {
        if (c !== 91)
          fail("a JSON file must hold an array of objects ([ {…}, {…} ]); for one object per line use JSONL");
        state = "before-element";
      } else if (state === "before-element") {
        if (c === 93) {
          state = "done";
          continue;
        }
        state = "in-element";
        start = i;
        elementLine = line;
        depth = c === 123 || c === 91 ? 1 : 0;
        inString = c === 34;
      } else if (state === "after-element") {
        if (c === 44) state = "before-element";
        else if (c === 93) state = "done";
        else fail("expected a comma or ] after an element of the array");
      } else {
        fail("text after the end of the JSON array");
      }
    }
    if (start >= 0) element += text.slice(start);
    if (out.length > 0) {
      yield* out;
      out.length = 0;
    }
  }
  if (state !== "done") {
    fail(state === "before-array" ? "the file is empty" : "the JSON array is never closed (missing ])");
  }
}
