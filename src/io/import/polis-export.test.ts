import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildVoteMatrix } from "../../analysis/opinions/vote-matrix.ts";
import { AppError } from "../../errors.ts";
import { writePolisExport } from "../export/polis-export.ts";
import { readPolisExport } from "./polis-export.ts";

const fixtures = new URL("../../../test/fixtures/polis/", import.meta.url).pathname;
const made: string[] = [];

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "cocrea-polis-"));
  made.push(folder);
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text, "utf8");
  return folder;
}

afterEach(async () => {
  for (const folder of made.splice(0)) await rm(folder, { recursive: true, force: true });
});

const COMMENTS =
  "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,1,0,0,1,Yes\n2,x,1,1,0,0,-1,No\n";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readPolisExport", () => {
  it("reads votes.csv with comments.csv, moderated-out statements excluded", async () => {
    const data = await readPolisExport(join(fixtures, "15-per-hour-seattle"));
    expect(data.source).toBe("votes.csv");
    expect(data.votes.length).toBe(2995);
    expect(data.comments).toHaveLength(54);
    expect(data.excluded).toHaveLength(23);
    expect(buildVoteMatrix(data.votes).col.length).toBe(2872);
  });

  it("reads the wide participants-votes.csv with Pol.is's groups", async () => {
    const data = await readPolisExport(join(fixtures, "15-per-hour-seattle-wide"));
    expect(data.source).toBe("participants-votes.csv");
    expect(data.votes.length).toBe(2872);
    expect(data.votes.participants).toHaveLength(339);
    expect(data.polisGroups?.get("1")).toBe("1");
  });

  it("finds the same latest votes in votes.csv and participants-votes.csv", async () => {
    const events = await readPolisExport(join(fixtures, "15-per-hour-seattle"));
    const wide = await readPolisExport(join(fixtures, "15-per-hour-seattle-wide"));
    const cells = (data: typeof events) => {
      const m = buildVoteMatrix(data.votes);
      const out = new Map<string, number>();
      for (let i = 0; i < m.nParticipants; i++) {
        for (let k = m.rowStart[i]!; k < m.rowStart[i + 1]!; k++) {
          out.set(`${data.votes.participants[i]}/${data.votes.comments[m.col[k]!]}`, m.value[k]!);
        }
      }
      return out;
    };
    expect(cells(events)).toEqual(cells(wide));
  });

  it("reads Pol.is API JSON with the older pid/tid/mod names", async () => {
    const data = await readPolisExport(join(fixtures, "below-100-ptpts"));
    expect(data.source).toBe("votes.json");
    expect(data.comments).toHaveLength(44);
    expect(data.excluded.sort()).toEqual(["11", "33"]);
    expect(data.votes.length).toBe(504);
  });

  it("gives back the same votes after writing them as a Pol.is export", async () => {
    const original = await readPolisExport(join(fixtures, "15-per-hour-seattle"));
    const folder = await folderWith({});
    await writePolisExport(folder, original.votes, original.comments);
    const copy = await readPolisExport(folder);
    expect(copy.votes.participants).toEqual(original.votes.participants);
    expect(copy.votes.comments).toEqual(original.votes.comments);
    expect([...copy.votes.value]).toEqual([...original.votes.value]);
    expect([...copy.votes.time]).toEqual([...original.votes.time]);
    expect(copy.comments.map((c) => [c.id, c.body, c.moderated])).toEqual(
      original.comments.map((c) => [c.id, c.body, c.moderated]),
    );
  });

  it("reads quoted fields, and quoted fields spanning lines", async () => {
    const header = "timestamp,datetime,comment-id,voter-id,vote\n";
    const oneLine = await folderWith({
      "comments.csv": COMMENTS,
      "votes.csv": `${header}1,"Mon, 1 Jan",0,"a,b",1\n2,"say ""hi""",1,c,-1\n`,
    });
    const a = await readPolisExport(oneLine);
    expect(a.votes.participants).toEqual(["a,b", "c"]);
    expect([...a.votes.value]).toEqual([1, -1]);
    const multiline = await folderWith({
      "comments.csv": COMMENTS,
      "votes.csv": `${header}1,"Mon\n1 Jan",0,"a,b",1\n2,x,1,c,-1\n`,
    });
    const b = await readPolisExport(multiline);
    expect(b.votes.participants).toEqual(["a,b", "c"]);
    expect([...b.votes.value]).toEqual([1, -1]);
  });

  it("points at a row with a missing field", async () => {
    const folder = await folderWith({
      "comments.csv": COMMENTS,
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n2,x,0,7\n",
    });
    const error = await failure(readPolisExport(folder));
    expect(error.where).toBe("votes.csv:3");
    expect(error.message).toBe("cannot read this CSV row: expected 5 fields, found 4");
  });

  it("refuses a comment id given twice, naming both lines", async () => {
    const folder = await folderWith({
      "comments.csv": `${COMMENTS}3,x,0,1,0,0,1,Again\n`,
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n",
    });
    const error = await failure(readPolisExport(folder));
    expect(error.where).toBe("comments.csv:4:3");
    expect(error.message).toBe('comment-id "0" appears twice (first on line 2)');
  });

  it("refuses a missing folder", async () => {
    const error = await failure(readPolisExport("/nonexistent/polis"));
    expect(error.message).toBe("no such folder: /nonexistent/polis");
  });

  it("refuses a folder without votes", async () => {
    const folder = await folderWith({ "comments.csv": COMMENTS });
    const error = await failure(readPolisExport(folder));
    expect(error.message).toMatch(/expected votes.csv, participants-votes.csv or votes.json/);
  });

  it("refuses votes without comments", async () => {
    const folder = await folderWith({
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n",
    });
    const error = await failure(readPolisExport(folder));
    expect(error.message).toBe("comments.csv not found next to votes.csv");
  });

  it("names a missing column", async () => {
    const folder = await folderWith({
      "comments.csv": COMMENTS,
      "votes.csv": "timestamp,datetime,comment-id,voter,vote\n1,x,0,7,1\n",
    });
    const error = await failure(readPolisExport(folder));
    expect(error.code).toBe("missing-column");
    expect(error.where).toBe("votes.csv:1");
    expect(error.message).toMatch(/column "voter-id" not found/);
  });

  it("points at a vote outside -1, 0, 1 with its line and column", async () => {
    const folder = await folderWith({
      "comments.csv": COMMENTS,
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n2,x,1,7,2\n",
    });
    const error = await failure(readPolisExport(folder));
    expect(error.where).toBe("votes.csv:3:5");
    expect(error.message).toBe('vote must be -1 (disagree), 0 (pass) or 1 (agree), got "2"');
  });

  it("points at an unknown comment id", async () => {
    const folder = await folderWith({
      "comments.csv": COMMENTS,
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,9,7,1\n",
    });
    const error = await failure(readPolisExport(folder));
    expect(error.where).toBe("votes.csv:2:3");
    expect(error.message).toBe('unknown comment id "9" (not in comments.csv)');
  });

  it("points at an unknown comment column of participants-votes.csv", async () => {
    const folder = await folderWith({
      "comments.csv": COMMENTS,
      "participants-votes.csv":
        "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,5\n1,,0,1,1,0,1,\n",
    });
    const error = await failure(readPolisExport(folder));
    expect(error.where).toBe("participants-votes.csv:1:8");
  });

  it("points at a bad vote in votes.json", async () => {
    const folder = await folderWith({
      "comments.json": '[{"tid": 0, "txt": "Yes", "mod": 1}]',
      "votes.json": '[\n  {"pid": 1, "tid": 0, "vote": 1},\n  {"pid": 2, "tid": 0, "vote": 3}\n]',
    });
    const error = await failure(readPolisExport(folder));
    expect(error.where).toBe("votes.json:3:3");
    expect(error.message).toMatch(/got "3"/);
  });

  it("refuses a statement whose text is an object in comments.json, naming the field", async () => {
    const folder = await folderWith({
      "comments.json":
        '[\n  {"tid": 0, "txt": "Yes", "mod": 1},\n  {"tid": 1, "txt": {"fr": "Oui"}, "mod": 1}\n]',
      "votes.json": '[{"pid": 1, "tid": 0, "vote": 1}]',
    });
    const error = await failure(readPolisExport(folder));
    expect([error.code, error.where, error.field]).toEqual(["invalid-input", "comments.json:3:3", "txt"]);
  });

  it("refuses a fractional or object id in votes.json instead of turning it into text", async () => {
    const comments = '[{"tid": 0, "txt": "Yes", "mod": 1}]';
    const fraction = await failure(
      readPolisExport(
        await folderWith({ "comments.json": comments, "votes.json": '[{"pid": 1.5, "tid": 0, "vote": 1}]' }),
      ),
    );
    expect([fraction.where, fraction.field]).toEqual(["votes.json:1:2", "pid"]);
    const object = await failure(
      readPolisExport(
        await folderWith({
          "comments.json": comments,
          "votes.json": '[{"pid": 1, "tid": {"id": 0}, "vote": 1}]',
        }),
      ),
    );
    expect([object.where, object.field]).toEqual(["votes.json:1:2", "tid"]);
  });

  it("refuses a moderation value other than -1, 0 or 1 in comments.json", async () => {
    const folder = await folderWith({
      "comments.json": '[{"tid": 0, "txt": "Yes", "mod": "yes"}]',
      "votes.json": '[{"pid": 1, "tid": 0, "vote": 1}]',
    });
    const error = await failure(readPolisExport(folder));
    expect([error.field, error.message]).toEqual(["mod", '"mod" must be -1, 0 or 1, got "yes"']);
  });
});
