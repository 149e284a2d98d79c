// Generators of hostile import files for property-based tests (fast-check): tables and feeds that are nearly right,
// with broken quotes, wrong field counts, odd characters, bad UTF-8 bytes and cut-off ends, and raw noise.
import fc from "fast-check";
import { AppError } from "../../src/errors.ts";

/** Pieces that break readers: delimiters, quotes, line ends, NUL, byte-order mark, lone surrogate, markup, numbers. */
const nasty = fc.constantFrom(
  '"',
  '""',
  ",",
  ";",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u0000",
  "\uFEFF",
  "\u200B",
  "\uD800",
  "{",
  "}",
  "[",
  "]",
  ":",
  "<",
  "&amp;",
  "&#x0;",
  "\\",
  "=1+1",
  "-1",
  "1e999",
  "null",
  "é",
  "2026-03-01T08:00:00Z",
  "1 200",
);

/** A cell: short text of any kind, or one of the breaking pieces, or a few of them together. */
export const cell: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  nasty,
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { maxLength: 4 }).map((parts) => parts.join("")),
);

/** How a row is written: plain, every field quoted, or with an unbalanced quote. */
const quoting = fc.constantFrom("plain", "quoted", "broken");

function writeRow(fields: string[], how: string, separator: string): string {
  if (how === "quoted") return fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(separator);
  if (how === "broken") return fields.map((f, i) => (i === 0 ? `"${f}` : f)).join(separator);
  return fields.join(separator);
}

/** A delimited table whose header holds `columns` in some order (sometimes one missing), then noisy rows. */
export function delimitedText(columns: string[]): fc.Arbitrary<string> {
  return fc
    .record({
      header: fc.shuffledSubarray([...columns, "extra"], { minLength: Math.max(1, columns.length - 1) }),
      rows: fc.array(fc.tuple(fc.array(cell, { minLength: 0, maxLength: columns.length + 2 }), quoting), {
        maxLength: 8,
      }),
      separator: fc.constantFrom(",", ",", ";", "\t"),
      ending: fc.constantFrom("\n", "\r\n", ""),
    })
    .map(
      ({ header, rows, separator, ending }) =>
        [header.join(separator), ...rows.map(([fields, how]) => writeRow(fields, how, separator))].join(
          "\n",
        ) + ending,
    );
}

/** A JSON value of any type, objects and arrays included (numbers, nested objects, null, text). */
const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  cell,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 4 }), cell, { maxKeys: 2 }),
  fc.array(cell, { maxLength: 2 }),
);

/** A JSON object record over `columns` (some missing, some extra), with values of any type. */
function jsonRecord(columns: string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = fc.oneof(fc.constantFrom(...columns, "extra"), fc.string({ maxLength: 4 }));
  return fc.dictionary(keys, jsonValue, { maxKeys: columns.length + 2 });
}

/** One line of a JSONL file: an object, a broken one, a value that is no object, or nothing. */
function jsonLine(columns: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: jsonRecord(columns).map((record) => JSON.stringify(record)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(jsonRecord(columns), fc.nat())
        .map(([record, cut]) => JSON.stringify(record).slice(0, cut % 20)),
    },
    { weight: 1, arbitrary: jsonValue.map((value) => JSON.stringify(value) ?? "") },
    { weight: 1, arbitrary: fc.oneof(cell, fc.constant("")) },
  );
}

/** A JSONL text of records over `columns`, noisy lines among them. */
export function jsonlText(columns: string[]): fc.Arbitrary<string> {
  return fc.array(jsonLine(columns), { maxLength: 8 }).map((lines) => lines.join("\n"));
}

/** A JSON array text of records over `columns`, sometimes cut short or with a broken element. */
export function jsonArrayText(columns: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(jsonLine(columns), { maxLength: 6 }), fc.option(fc.nat(), { nil: undefined }))
    .map(([lines, cut]) => {
      const text = `[\n${lines.join(",\n")}\n]`;
      return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
    });
}

const polisCommentColumns = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body";
const polisVoteColumns = "timestamp,datetime,comment-id,voter-id,vote";

/** A value that is sometimes right, sometimes a near miss, sometimes anything. */
const field = (right: string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...right) }, { weight: 1, arbitrary: cell });
const quoted = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** comments.csv: a few ids (duplicates happen), moderation values, bodies with anything in them. */
const polisComments = fc
  .array(fc.tuple(field(["0", "1", "2"]), field(["-1", "0", "1"]), cell), { maxLength: 5 })
  .map((rows) =>
    [
      polisCommentColumns,
      ...rows.map(([id, moderated, body]) => `1,x,${quoted(id)},1,0,0,${quoted(moderated)},${quoted(body)}`),
    ].join("\n"),
  );

/** votes.csv: known and unknown comment ids, votes, timestamps. */
const polisVotes = fc
  .array(fc.tuple(field(["1", "17"]), field(["0", "1", "2"]), field(["p1", "p2"]), field(["-1", "0", "1"])), {
    maxLength: 6,
  })
  .map((rows) =>
    [
      polisVoteColumns,
      ...rows.map(([time, id, voter, vote]) => [time, "x", id, voter, vote].map(quoted).join(",")),
    ].join("\n"),
  );

/** Sometimes without its header, or cut short. */
const headlessOrCut = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.option(fc.nat(), { nil: undefined }), fc.boolean()).map(([t, cut, headerless]) => {
    const body = headerless ? t.slice(t.indexOf("\n") + 1) : t;
    return cut === undefined ? body : body.slice(0, cut % (body.length + 1));
  });

/** A Pol.is export as texts (comments.csv, votes.csv): duplicated ids, unknown comments, bad votes, cut files. */
export const polisExport: fc.Arbitrary<{ comments: string; votes: string }> = fc.record({
  comments: headlessOrCut(polisComments),
  votes: headlessOrCut(polisVotes),
});

/** Bytes of `text` with a few bytes overwritten by any value (bad UTF-8 among them) and sometimes a cut-off end. */
export function damagedBytes(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      text,
      damage: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ text, damage, cut }) => {
      const bytes = new TextEncoder().encode(text);
      for (const [at, value] of damage) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return cut === undefined ? bytes : bytes.slice(0, cut % (bytes.length + 1));
    });
}

/** Any bytes: what a wrong file (an image, a spreadsheet) brings. */
export const noise: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 200 });

/**
 * Runs a reader on one generated input: it must succeed or throw the project's AppError naming the file (one of
 * `names`), and a line
 * or a field for any error about part of the file (unless `wholeDocument`: a feed is refused as a whole, since its
 * XML parser reports no position). Anything else (a TypeError, a RangeError, a raw parser error)
 * fails the property. Returns the reader's result, or undefined when it refused.
 */
export async function readsOrRefuses<T>(
  names: string | string[],
  read: () => Promise<T> | T,
  options: { wholeDocument?: boolean } = {},
): Promise<T | undefined> {
  const name = [names].flat().join(" or ");
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof AppError)) {
      throw new Error(`${name}: not an AppError: ${(error as Error)?.stack ?? String(error)}`);
    }
    const where = error.where ?? "";
    if (![names].flat().some((file) => where.startsWith(file)) && error.field === undefined) {
      throw new Error(`${name}: the error names no file or field: ${error.code} ${error.message}`);
    }
    const wholeFile = error.code === "empty-input" || options.wholeDocument === true;
    if (!wholeFile && !/:\d+/.test(where) && error.field === undefined) {
      throw new Error(`${name}: the error names no line or field: ${error.code} ${where} ${error.message}`);
    }
    return undefined;
  }
}

/** Runs per property: enough to find the usual crashes, bounded so that the whole fuzz suite stays under a minute. */
export const fuzzRuns = { numRuns: 100 };
