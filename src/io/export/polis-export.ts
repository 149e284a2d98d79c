// Writes votes and statements as a Pol.is export (votes.csv + comments.csv) that Pol.is's tools and ours read.
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { VoteList } from "../../analysis/opinions/vote-matrix.ts";
import type { PolisComment } from "../import/polis-vote.ts";
import { csvField } from "./csv.ts";

/** A statement to export; `created` (ms since 1970) and `author` are written when known. */
export interface ExportComment extends PolisComment {
  created?: number;
  author?: string;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Pol.is's `datetime` column ("Wed Jun 18 08:16:54 WIB 2014"), written in UTC. */
export function polisDatetime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/**
 * Writes `votes.csv` (timestamp, datetime, comment-id, voter-id, vote; one row per vote event, 1 agree,
 * −1 disagree, 0 pass) and `comments.csv` (timestamp, datetime, comment-id, author-id, agrees, disagrees,
 * moderated, comment-body; agrees and disagrees count each participant's latest vote) into `folder`.
 * Vote times are written as given: use milliseconds since 1970 for files Pol.is tools will read.
 */
export async function writePolisExport(
  folder: string,
  votes: VoteList,
  comments: readonly ExportComment[],
): Promise<void> {
  const commentsFile = await open(join(folder, "comments.csv"), "w");
  try {
    await commentsFile.writeFile(polisCommentsCsv(votes, comments), "utf8");
  } finally {
    await commentsFile.close();
  }
  const votesFile = await open(join(folder, "votes.csv"), "w");
  try {
    for (const chunk of polisVotesCsvChunks(votes)) await votesFile.write(chunk);
  } finally {
    await votesFile.close();
  }
}

/** The text of `comments.csv` (see writePolisExport). */
export function polisCommentsCsv(votes: VoteList, comments: readonly ExportComment[]): string {
  const latest = new Map<string, number>();
  for (let i = 0; i < votes.length; i++) {
    const key = `${votes.participant[i]}:${votes.comment[i]}`;
    const seen = latest.get(key);
    if (seen === undefined || votes.time[i]! >= votes.time[seen]!) latest.set(key, i);
  }
  const agrees = new Int32Array(votes.comments.length);
  const disagrees = new Int32Array(votes.comments.length);
  for (const i of latest.values()) {
    if (votes.value[i] === 1) agrees[votes.comment[i]!]! += 1;
    else if (votes.value[i] === -1) disagrees[votes.comment[i]!]! += 1;
  }
  const index = new Map(votes.comments.map((id, j) => [id, j]));

  const commentLines = ["timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body"];
  for (const c of comments) {
    const j = index.get(c.id);
    const created = c.created === undefined ? "" : String(c.created);
    const datetime = c.created === undefined ? "" : polisDatetime(c.created);
    const counts = j === undefined ? [0, 0] : [agrees[j]!, disagrees[j]!];
    commentLines.push(
      [
        created,
        datetime,
        csvField(c.id),
        csvField(c.author ?? ""),
        counts[0],
        counts[1],
        c.moderated,
        csvField(c.body),
      ].join(","),
    );
  }
  return `${commentLines.join("\n")}\n`;
}

/** The text of `votes.csv` (see writePolisExport), in chunks of about 1 MB. */
export function* polisVotesCsvChunks(votes: VoteList): Generator<string> {
  let chunk = "timestamp,datetime,comment-id,voter-id,vote\n";
  const participants = votes.participants.map(csvField);
  const ids = votes.comments.map(csvField);
  for (let i = 0; i < votes.length; i++) {
    const time = votes.time[i]!;
    chunk += `${time},${polisDatetime(time)},${ids[votes.comment[i]!]},${participants[votes.participant[i]!]},${votes.value[i]}\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk;
}
