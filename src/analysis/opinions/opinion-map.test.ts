import { describe, expect, it } from "vitest";
import { computeOpinionMap } from "./opinion-map.ts";
import { selectClustered } from "./select-clustered.ts";
import { buildVoteMatrix, type VoteValue, voteListOf } from "./vote-matrix.ts";

type Row = (VoteValue | null)[];

function listOf(rows: Row[], prefix = "p") {
  const records: { participant: string; comment: string; vote: VoteValue }[] = [];
  rows.forEach((row, i) => {
    row.forEach((vote, j) => {
      if (vote !== null) records.push({ participant: `${prefix}${i}`, comment: `c${j}`, vote });
    });
  });
  return voteListOf(
    records,
    rows[0]!.map((_, j) => `c${j}`),
  );
}

/** p0–p2 agree with c0, c1 and reject c2; p3–p5 the opposite; everyone agrees with c3. */
const camps: Row[] = [
  [1, 1, -1, 1],
  [1, 1, -1, 1],
  [1, null, -1, 1],
  [-1, -1, 1, 1],
  [-1, -1, 1, 1],
  [-1, -1, null, 1],
];

describe("computeOpinionMap", () => {
  it("finds the two camps of a 6 × 4 matrix", () => {
    const map = computeOpinionMap(listOf(camps));
    expect(map.k).toBe(2);
    const members = map.groups.map((g) => [...g.members].sort());
    expect(members).toContainEqual(["p0", "p1", "p2"]);
    expect(members).toContainEqual(["p3", "p4", "p5"]);
    expect(map.participants).toEqual({ in: 6, total: 6 });
  });

  it("lists the statement everyone agrees with as consensus", () => {
    const map = computeOpinionMap(listOf(camps));
    expect(map.consensus.agree).toContain("c3");
    expect(map.consensus.agree).not.toContain("c0");
  });

  it("gives each camp the statements it stands for", () => {
    const map = computeOpinionMap(listOf(camps));
    const group = map.groups.find((g) => g.members.includes("p0"));
    const first = group?.representative.find((r) => r.comment === "c0" || r.comment === "c1");
    expect(first?.direction).toBe("agree");
  });

  it("leaves moderated-out statements out of every list", () => {
    const map = computeOpinionMap(listOf(camps), { excluded: ["c3", "c0"] });
    const all = [
      ...map.consensus.agree,
      ...map.consensus.disagree,
      ...map.majority.agree.map((s) => s.comment),
      ...map.groups.flatMap((g) => g.representative.map((r) => r.comment)),
    ];
    expect(all).not.toContain("c3");
    expect(all).not.toContain("c0");
    expect(map.statements.excluded).toBe(2);
  });

  it("is deterministic for a seed", () => {
    const rows: Row[] = [];
    for (let i = 0; i < 60; i++) {
      rows.push(
        Array.from({ length: 12 }, (_, j) =>
          ((i * 7 + j * 3) % 5) - 2 > 0 ? 1 : (i + j) % 3 === 0 ? -1 : 0,
        ),
      );
    }
    const a = computeOpinionMap(listOf(rows), { seed: 11 });
    const b = computeOpinionMap(listOf(rows), { seed: 11 });
    expect(b).toEqual(a);
  });

  it("keeps participants with fewer than 7 votes out of the groups", () => {
    const rows: Row[] = [];
    for (let i = 0; i < 16; i++) rows.push(Array.from({ length: 10 }, (_, j) => (i < 8 === j < 5 ? 1 : -1)));
    rows.push([1, 1, 1, null, null, null, null, null, null, null]);
    rows.push([null, null, null, null, null, null, -1, -1, -1, -1]);
    const map = computeOpinionMap(listOf(rows));
    expect(map.participants).toEqual({ in: 16, total: 18 });
    const sparse = map.positions.filter((p) => p.participant === "p16" || p.participant === "p17");
    expect(sparse.map((p) => p.group)).toEqual([null, null]);
    expect(map.groups.flatMap((g) => g.members)).not.toContain("p16");
  });
});

describe("computeOpinionMap on degenerate input", () => {
  it("returns an empty map for no votes", () => {
    const map = computeOpinionMap(voteListOf([]));
    expect(map.groups).toEqual([]);
    expect(map.participants).toEqual({ in: 0, total: 0 });
    expect(map.consensus.agree).toEqual([]);
  });

  it("makes one group when everyone votes alike", () => {
    const rows: Row[] = Array.from({ length: 20 }, () => [1, 1, -1, 1, 0, 1, 1, 1]);
    const map = computeOpinionMap(listOf(rows));
    expect(map.k).toBe(1);
    expect(map.groups[0]?.members).toHaveLength(20);
    expect(map.consensus.agree).toContain("c0");
    expect(map.consensus.disagree).toEqual(["c2"]);
  });
});

describe("selectClustered", () => {
  it("asks for every statement when there are fewer than 7", () => {
    const matrix = buildVoteMatrix(
      listOf([
        [1, 1, 1],
        [1, null, 1],
      ]),
    );
    expect([...selectClustered(matrix, 7, 0)]).toEqual([1, 0]);
  });

  it("tops up with the most active participants when too few qualify", () => {
    const matrix = buildVoteMatrix(
      listOf([
        [1, 1, 1],
        [1, null, 1],
        [null, null, 1],
      ]),
    );
    expect([...selectClustered(matrix, 7, 2)]).toEqual([1, 1, 0]);
  });
});
