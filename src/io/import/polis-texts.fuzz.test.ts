import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzRuns, polisExport, readsOrRefuses } from "../../../test/support/import-arbitraries.ts";
import { readPolisTexts } from "./polis-texts.ts";

describe("readPolisTexts on generated exports", () => {
  it("reads or refuses any pair of files with a typed error naming comments.csv or votes.csv and the line", async () => {
    await fc.assert(
      fc.asyncProperty(polisExport, async ({ comments, votes }) => {
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
