import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cell, fuzzRuns, readsOrRefuses } from "../../../test/support/import-arbitraries.ts";
import { readPolisTexts } from "./polis-texts.ts";

const commentColumns = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body";
const voteColumns = "timestamp,datetime,comment-id,voter-id,vote";

/** A value that is sometimes right, sometimes a near miss, sometimes anything. */
const field = (right: string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...right) }, { weight: 1, arbitrary: cell });
const quoted = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** comments.csv: a few ids (duplicates happen), moderation values, bodies with anything in them. */
const commentsCsv = fc
  .array(fc.tuple(field(["0", "1", "2"]), field(["-1", "0", "1"]), cell), { maxLength: 5 })
  .map(
    (rows) =>
      `${commentColumns}\n${rows.map(([id, moderated, body]) => `1,x,${quoted(id)},1,0,0,${quoted(moderated)},${quoted(body)}`).join("\n")}`,
  );

/** votes.csv: known and unknown comment ids, votes, timestamps. */
const votesCsv = fc
  .array(fc.tuple(field(["1", "17"]), field(["0", "1", "2"]), field(["p1", "p2"]), field(["-1", "0", "1"])), {
    maxLength: 6,
  })
  .map(
    (rows) =>
      `${voteColumns}\n${rows.map(([time, id, voter, vote]) => [time, "x", id, voter, vote].map(quoted).join(",")).join("\n")}`,
  );

/** Sometimes a header is replaced by anything, or the text cut short. */
const damaged = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.option(fc.nat(), { nil: undefined }), fc.boolean()).map(([t, cut, headerless]) => {
    const body = headerless ? t.slice(t.indexOf("\n") + 1) : t;
    return cut === undefined ? body : body.slice(0, cut % (body.length + 1));
  });

describe("readPolisTexts on generated exports", () => {
  it("reads or refuses any pair of files with a typed error naming comments.csv or votes.csv and the line", async () => {
    await fc.assert(
      fc.asyncProperty(damaged(commentsCsv), damaged(votesCsv), async (comments, votes) => {
        const read = await readsOrRefuses(["comments.csv", "votes.csv"], () =>
          readPolisTexts({ comments, votes }),
        );
        if (read) {
          // What was read holds together: every vote is on a comment that was read.
          const ids = new Set(read.comments.map((c) => c.id));
          expect(read.votes.comments.every((id: string) => ids.has(id))).toBe(true);
        }
      }),
      fuzzRuns,
    );
  });
});
