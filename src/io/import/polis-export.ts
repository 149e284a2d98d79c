// Reads a Pol.is export folder (votes.csv, participants-votes.csv or API votes.json, with comments) into votes.
import { open, stat } from "node:fs/promises";
import { join } from "node:path";
import { type VoteList, VoteListBuilder } from "../../analysis/opinions/vote-matrix.ts";
import { AppError, fileError } from "../../errors.ts";
import { forEachCsvRecord, MultilineRecord } from "./csv-records.ts";
import { readCommentsJson, readVotesJson } from "./polis-json.ts";
import { type PolisComment, parseVote, UNKNOWN_ERROR, VOTE_ERROR } from "./polis-vote.ts";
import { readTable } from "./read-table.ts";

export type PolisVoteSource = "votes.csv" | "participants-votes.csv" | "votes.json";

export interface PolisExport {
  votes: VoteList;
  comments: PolisComment[];
  /** Statement ids Pol.is leaves out of its math: moderated out or meta. */
  excluded: string[];
  source: PolisVoteSource;
  /** participants-votes.csv only: the opinion group Pol.is itself assigned, by participant ("" = none). */
  polisGroups?: Map<string, string>;
}

export interface ReadPolisOptions {
  /** Called with bytes read so far of the votes file, for progress bars. */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Reads a folder holding a Pol.is export, preferring votes.csv (every vote event with its timestamp), then
 * participants-votes.csv (each participant's latest votes as a wide matrix), then Pol.is API JSON
 * (votes.json). Statements come from comments.csv or comments.json.
 *
 * Vote sign: Pol.is stores agree as −1 internally (`repness.clj` counts `na` as votes equal to −1), but its
 * exports flip it. Checked on the compdemocracy openData files: the latest vote per participant and statement in
 * votes.csv equals the participants-votes.csv cell in every one of 2,872 (15-per-hour-seattle), 11,950
 * (canadian-electoral-reform) and 3,972 (scoop-hivemind.freshwater) cases, and 1 counts match comments.csv
 * `agrees`; in the red-dwarf API fixtures, 1 votes in votes.json match comments.json `agree_count` for every
 * statement. So 1 = agree, −1 = disagree, 0 = pass everywhere here.
 */
export async function readPolisExport(folder: string, options: ReadPolisOptions = {}): Promise<PolisExport> {
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new AppError("invalid-file", `no such folder: ${folder}`, { where: folder });
  if (!info.isDirectory()) throw new AppError("invalid-file", `not a folder: ${folder}`, { where: folder });
  const has = async (name: string) =>
    (await stat(join(folder, name)).catch(() => undefined))?.isFile() === true;

  const source: PolisVoteSource | undefined = (await has("votes.csv"))
    ? "votes.csv"
    : (await has("participants-votes.csv"))
      ? "participants-votes.csv"
      : (await has("votes.json"))
        ? "votes.json"
        : undefined;
  if (!source) {
    throw new AppError(
      "invalid-file",
      "no Pol.is votes in this folder: expected votes.csv, participants-votes.csv or votes.json",
      { where: folder },
    );
  }
  const commentsFile =
    source === "votes.json"
      ? (await has("comments.json"))
        ? "comments.json"
        : (await has("comments.csv"))
          ? "comments.csv"
          : "comments.json"
      : "comments.csv";
  if (!(await has(commentsFile))) {
    throw new AppError("invalid-file", `${commentsFile} not found next to ${source}`, {
      where: join(folder, commentsFile),
    });
  }
  const comments =
    commentsFile === "comments.json"
      ? await readCommentsJson(join(folder, commentsFile))
      : await readCommentsCsv(join(folder, commentsFile));
  // Statements in Pol.is's id order (tids are integers), so ties in rankings break as Pol.is's do.
  if (comments.every((c) => /^\d+$/.test(c.id))) comments.sort((a, b) => Number(a.id) - Number(b.id));
  const known = new Set(comments.map((c) => c.id));
  const fresh = () => {
    const builder = new VoteListBuilder();
    for (const comment of comments) builder.addComment(comment.id);
    return builder;
  };
  let builder = fresh();
  let polisGroups: Map<string, string> | undefined;
  const file = join(folder, source);
  if (source === "votes.csv") {
    try {
      await readVotesCsvFast(file, builder, known, options);
    } catch (error) {
      if (!(error instanceof MultilineRecord)) throw error;
      builder = fresh();
      await readVotesCsv(file, builder, known, options);
    }
  } else if (source === "participants-votes.csv")
    polisGroups = await readWideCsv(file, builder, known, options);
  else await readVotesJson(file, builder, known);
  return {
    votes: builder.build(),
    comments,
    excluded: comments.filter((c) => c.moderated === -1 || c.meta).map((c) => c.id),
    source,
    ...(polisGroups ? { polisGroups } : {}),
  };
}

async function readCommentsCsv(file: string): Promise<PolisComment[]> {
  const comments: PolisComment[] = [];
  const firstLine = new Map<string, number>();
  for await (const row of readTable(file, { required: ["comment-id", "comment-body", "moderated"] })) {
    const id = row.fields["comment-id"] ?? "";
    const earlier = firstLine.get(id);
    if (earlier !== undefined) {
      const column = (await readHeader(file)).indexOf("comment-id") + 1;
      throw fileError(
        "invalid-input",
        `comment-id "${id}" appears twice (first on line ${earlier})`,
        "comments.csv",
        row.line,
        column,
      );
    }
    firstLine.set(id, row.line);
    const moderated = Number(row.fields.moderated);
    if (moderated !== -1 && moderated !== 0 && moderated !== 1) {
      const column = (await readHeader(file)).indexOf("moderated") + 1;
      throw fileError(
        "invalid-input",
        `moderated must be -1, 0 or 1, got "${row.fields.moderated}"`,
        "comments.csv",
        row.line,
        column,
      );
    }
    comments.push({
      id,
      body: row.fields["comment-body"] ?? "",
      moderated,
      meta: row.fields["is-meta"] === "1" || row.fields["is-meta"] === "true",
    });
  }
  return comments;
}

const VOTE_COLUMNS = ["timestamp", "comment-id", "voter-id", "vote"];

/** votes.csv on the fast path: same checks and messages as readVotesCsv, without an await per row. */
async function readVotesCsvFast(
  file: string,
  builder: VoteListBuilder,
  known: Set<string>,
  options: ReadPolisOptions,
): Promise<void> {
  let at = { time: 0, comment: 0, voter: 0, vote: 0 };
  await forEachCsvRecord(
    file,
    (columns) => {
      at = {
        time: columns.indexOf("timestamp"),
        comment: columns.indexOf("comment-id"),
        voter: columns.indexOf("voter-id"),
        vote: columns.indexOf("vote"),
      };
    },
    (fields, line) => {
      const comment = fields[at.comment]!;
      if (!known.has(comment)) {
        throw fileError(
          "invalid-input",
          UNKNOWN_ERROR(comment, "comments.csv"),
          "votes.csv",
          line,
          at.comment + 1,
        );
      }
      const text = fields[at.vote]!;
      const vote = text === "1" ? 1 : text === "-1" ? -1 : text === "0" ? 0 : parseVote(text);
      if (vote === undefined)
        throw fileError("invalid-input", VOTE_ERROR(text), "votes.csv", line, at.vote + 1);
      const stamp = fields[at.time]!;
      const time = Number(stamp);
      if (!Number.isFinite(time) || stamp.trim() === "") {
        throw fileError(
          "invalid-input",
          `timestamp must be a number, got "${stamp}"`,
          "votes.csv",
          line,
          at.time + 1,
        );
      }
      builder.add(fields[at.voter]!, comment, vote, time);
    },
    { required: VOTE_COLUMNS, ...(options.onBytes ? { onBytes: options.onBytes } : {}) },
  );
}

/** votes.csv through the general CSV reader, for files with quoted fields spanning lines. */
async function readVotesCsv(
  file: string,
  builder: VoteListBuilder,
  known: Set<string>,
  options: ReadPolisOptions,
): Promise<void> {
  const required = VOTE_COLUMNS;
  const columns: Record<string, number> = Object.fromEntries(
    (await readHeader(file)).map((name, i) => [name, i + 1]),
  );
  for await (const row of readTable(file, {
    required,
    ...(options.onBytes ? { onBytes: options.onBytes } : {}),
  })) {
    const { fields, line } = row;
    const comment = fields["comment-id"] ?? "";
    if (!known.has(comment)) {
      throw fileError(
        "invalid-input",
        UNKNOWN_ERROR(comment, "comments.csv"),
        "votes.csv",
        line,
        columns["comment-id"],
      );
    }
    const vote = parseVote(fields.vote);
    if (vote === undefined)
      throw fileError("invalid-input", VOTE_ERROR(fields.vote ?? ""), "votes.csv", line, columns.vote);
    const time = Number(fields.timestamp);
    if (!Number.isFinite(time) || (fields.timestamp ?? "").trim() === "") {
      throw fileError(
        "invalid-input",
        `timestamp must be a number, got "${fields.timestamp}"`,
        "votes.csv",
        line,
        columns.timestamp,
      );
    }
    builder.add(fields["voter-id"] ?? "", comment, vote, time);
  }
}

/** The column names of a CSV file's first line, in order (Pol.is headers hold no quoted commas). */
async function readHeader(file: string): Promise<string[]> {
  const handle = await open(file, "r");
  try {
    let text = "";
    const buffer = Buffer.alloc(1 << 16);
    let position = 0;
    while (!text.includes("\n")) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      text += buffer.toString("utf8", 0, bytesRead);
    }
    const line = (text.split("\n", 1)[0] ?? "").replace(/^\uFEFF/, "").replace(/\r$/, "");
    return line.split(",").map((name) => name.trim().replace(/^"(.*)"$/, "$1"));
  } finally {
    await handle.close();
  }
}

/** Columns of participants-votes.csv that are not statements. */
const WIDE_META = new Set([
  "participant",
  "xid",
  "group-id",
  "n-comments",
  "n-votes",
  "n-agree",
  "n-disagree",
]);

async function readWideCsv(
  file: string,
  builder: VoteListBuilder,
  known: Set<string>,
  options: ReadPolisOptions,
): Promise<Map<string, string>> {
  const groups = new Map<string, string>();
  let statementColumns: [name: string, column: number][] | undefined;
  let order = 0;
  for await (const row of readTable(file, {
    required: ["participant"],
    ...(options.onBytes ? { onBytes: options.onBytes } : {}),
  })) {
    if (!statementColumns) {
      statementColumns = [];
      // The header's own order: object keys would list numeric names ("0", "1", …) first.
      (await readHeader(file)).forEach((name, i) => {
        if (WIDE_META.has(name)) return;
        if (!known.has(name)) {
          throw fileError(
            "invalid-input",
            UNKNOWN_ERROR(name, "comments.csv"),
            "participants-votes.csv",
            1,
            i + 1,
          );
        }
        statementColumns?.push([name, i + 1]);
      });
    }
    const participant = row.fields.participant ?? "";
    builder.addParticipant(participant);
    groups.set(participant, (row.fields["group-id"] ?? "").trim());
    for (const [name, column] of statementColumns) {
      const cell = row.fields[name] ?? "";
      if (cell.trim() === "") continue;
      const vote = parseVote(cell);
      if (vote === undefined)
        throw fileError("invalid-input", VOTE_ERROR(cell), "participants-votes.csv", row.line, column);
      builder.add(participant, name, vote, order++);
    }
  }
  return groups;
}
