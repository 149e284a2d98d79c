// Our repness and consensus against Pol.is's production math output, given Pol.is's own groups.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { groupInformedScores, selectMajority } from "../../analysis/opinions/consensus.ts";
import { countGroupVotes, selectRepresentatives } from "../../analysis/opinions/repness.ts";
import { buildVoteMatrix } from "../../analysis/opinions/vote-matrix.ts";
import { readPolisExport } from "./polis-export.ts";

const folder = new URL("../../../test/fixtures/polis/below-100-ptpts/", import.meta.url).pathname;

interface PolisMath {
  "base-clusters": { id: number[]; members: number[][] };
  "group-clusters": { id: number; members: number[] }[];
  repness: Record<
    string,
    { tid: number; "repful-for": string; "n-success": number; "n-trials": number; repness: number }[]
  >;
  consensus: { agree: { tid: number; "p-test": number }[]; disagree: { tid: number }[] };
  "group-aware-consensus": Record<string, number>;
}

async function setup() {
  const polis = JSON.parse(await readFile(`${folder}math-pca2.json`, "utf8")) as PolisMath;
  const data = await readPolisExport(folder);
  const matrix = buildVoteMatrix(data.votes);
  const index = new Map(data.votes.participants.map((p, i) => [p, i]));
  const base = new Map(
    polis["base-clusters"].id.map((id, i) => [id, polis["base-clusters"].members[i] ?? []]),
  );
  const groupOf = new Int32Array(matrix.nParticipants).fill(-1);
  polis["group-clusters"].forEach((group, g) => {
    for (const b of group.members)
      for (const pid of base.get(b) ?? []) groupOf[index.get(String(pid)) ?? -1] = g;
  });
  const excluded = new Set(data.excluded);
  const active = Uint8Array.from(data.votes.comments, (id) => (excluded.has(id) ? 0 : 1));
  const votes = countGroupVotes(matrix, groupOf, polis["group-clusters"].length);
  return { polis, data, matrix, active, votes };
}

describe("against Pol.is's math output for conversation 4cvkai2ctw", () => {
  it("picks Pol.is's representative statements, with the same counts and ratios, given Pol.is's groups", async () => {
    const { polis, data, active, votes } = await setup();
    const ours = selectRepresentatives(votes, active);
    polis["group-clusters"].forEach((group, g) => {
      const theirs = polis.repness[String(group.id)] ?? [];
      const mine = ours[g] ?? [];
      expect(mine.map((r) => `${data.votes.comments[r.comment]}:${r.direction}`)).toEqual(
        theirs.map((r) => `${r.tid}:${r["repful-for"]}`),
      );
      theirs.forEach((r, i) => {
        expect(mine[i]?.nSuccess).toBe(r["n-success"]);
        expect(mine[i]?.nTrials).toBe(r["n-trials"]);
        expect(mine[i]?.repness).toBeCloseTo(r.repness, 9);
      });
    });
  });

  it("finds Pol.is's majority consensus and group-aware consensus scores", async () => {
    const { polis, data, matrix, active, votes } = await setup();
    const majority = selectMajority(matrix, active);
    expect(majority.agree.map((s) => data.votes.comments[s.comment])).toEqual(
      polis.consensus.agree.map((s) => String(s.tid)),
    );
    expect(majority.disagree.map((s) => data.votes.comments[s.comment])).toEqual(
      polis.consensus.disagree.map((s) => String(s.tid)),
    );
    const scores = groupInformedScores(votes);
    for (const [tid, score] of Object.entries(polis["group-aware-consensus"])) {
      expect(scores.agree[data.votes.comments.indexOf(tid)]).toBeCloseTo(score, 12);
    }
  });
});
