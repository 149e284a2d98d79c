// Reads Pol.is API JSON (votes.json and comments.json as served by /api/v3), with positions for errors.
import { readFile } from "node:fs/promises";
import type { VoteListBuilder } from "../../analysis/opinions/vote-matrix.ts";
import { AppError, fileError } from "../../errors.ts";
import { type PolisComment, parseVote, UNKNOWN_ERROR, VOTE_ERROR } from "./polis-vote.ts";

/** Line and column (1-based) of each top-level element of a JSON array, for error messages. */
function elementPositions(text: string): [line: number, column: number][] {
  const positions: [number, number][] = [];
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line += 1;
      lineStart = i + 1;
    } else if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (depth === 1) positions.push([line, i - lineStart + 1]);
      depth += 1;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return positions;
}

async function readJsonArray(
  file: string,
  name: string,
): Promise<{ items: unknown[]; at: (i: number) => string }> {
  const text = await readFile(file, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const match = /position (\d+)/.exec((error as Error).message);
    const offset = match ? Number(match[1]) : undefined;
    const before = offset === undefined ? "" : text.slice(0, offset);
    const line = offset === undefined ? undefined : before.split("\n").length;
    const column = offset === undefined ? undefined : offset - before.lastIndexOf("\n");
    throw fileError("invalid-file", "not valid JSON", name, line, column);
  }
  if (!Array.isArray(value)) throw fileError("invalid-file", "expected a JSON array", name, 1, 1);
  let positions: [number, number][] | undefined;
  const at = (i: number) => {
    positions ??= elementPositions(text);
    const [line, column] = positions[i] ?? [undefined, undefined];
    return [name, line, column].filter((part) => part !== undefined).join(":");
  };
  return { items: value, at };
}

const field = (item: Record<string, unknown>, ...names: string[]): unknown =>
  names.map((n) => item[n]).find((v) => v !== undefined && v !== null);

/** The name among `names` that the item uses, for error messages. */
const nameOf = (item: Record<string, unknown>, names: string[]): string =>
  names.find((n) => item[n] !== undefined && item[n] !== null) ?? (names[0] as string);

/**
 * An id as text: Pol.is writes integers, other tools strings. Anything else (an object, a fraction, a boolean) is
 * refused with its position and field rather than turned into text that would never match.
 */
function idText(item: Record<string, unknown>, names: string[], where: string): string {
  const value = field(item, ...names);
  if (typeof value === "string" || Number.isSafeInteger(value)) return String(value);
  throw new AppError("invalid-input", `"${nameOf(item, names)}" must be an integer or a string`, {
    where,
    field: nameOf(item, names),
  });
}

/** A statement's text: a JSON string (or absent), never an object or number turned into text. */
function bodyText(item: Record<string, unknown>, where: string): string {
  const value = field(item, "txt");
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  throw new AppError("invalid-input", '"txt" must be a JSON string', { where, field: "txt" });
}

/** Statements of comments.json (`statement_id` or `tid`, `txt`, `moderated` or `mod`, `is_meta`). */
export async function readCommentsJson(file: string): Promise<PolisComment[]> {
  const { items, at } = await readJsonArray(file, "comments.json");
  return items.map((raw, i) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const id = field(item, "statement_id", "tid");
    if (id === undefined) {
      throw new AppError("missing-column", 'each comment needs "statement_id" (or "tid")', { where: at(i) });
    }
    const moderated = field(item, "moderated", "mod") ?? 0;
    if (moderated !== -1 && moderated !== 0 && moderated !== 1) {
      const name = nameOf(item, ["moderated", "mod"]);
      throw new AppError("invalid-input", `"${name}" must be -1, 0 or 1, got ${JSON.stringify(moderated)}`, {
        where: at(i),
        field: name,
      });
    }
    return {
      id: idText(item, ["statement_id", "tid"], at(i)),
      body: bodyText(item, at(i)),
      moderated,
      meta: field(item, "is_meta") === true,
    };
  });
}

/** Votes of votes.json (`participant_id` or `pid`, `statement_id` or `tid`, `vote`, `modified`). */
export async function readVotesJson(
  file: string,
  builder: VoteListBuilder,
  known: Set<string>,
): Promise<void> {
  const { items, at } = await readJsonArray(file, "votes.json");
  items.forEach((raw, i) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const participant = field(item, "participant_id", "pid");
    const comment = field(item, "statement_id", "tid");
    if (participant === undefined || comment === undefined) {
      throw new AppError(
        "missing-column",
        'each vote needs "participant_id" and "statement_id" (or "pid", "tid")',
        {
          where: at(i),
        },
      );
    }
    const participantId = idText(item, ["participant_id", "pid"], at(i));
    const commentId = idText(item, ["statement_id", "tid"], at(i));
    if (!known.has(commentId)) {
      throw new AppError("invalid-input", UNKNOWN_ERROR(commentId, "comments.json"), { where: at(i) });
    }
    const given = field(item, "vote");
    const vote =
      typeof given === "number" || typeof given === "string" ? parseVote(String(given)) : undefined;
    if (vote === undefined)
      throw new AppError(
        "invalid-input",
        VOTE_ERROR(typeof given === "string" ? given : (JSON.stringify(given) ?? "")),
        {
          where: at(i),
          field: "vote",
        },
      );
    const modified = Number(field(item, "modified") ?? i);
    builder.add(participantId, commentId, vote, Number.isFinite(modified) ? modified : i);
  });
}
