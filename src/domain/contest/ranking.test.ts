import { describe, expect, it } from "vitest";
import { rankFinalists } from "./ranking.ts";

const criteria = [
  { id: "impact", weight: 2 },
  { id: "feasibility", weight: 1 },
];
const day = (n: number) => new Date(Date.UTC(2026, 5, n));

describe("rankFinalists", () => {
  it("weights the criteria, averages the jurors and adds the community's support (70/30)", () => {
    const ranking = rankFinalists({
      criteria,
      juryShare: 0.7,
      finalists: [
        { ideaId: "x", supportCount: 10, createdAt: day(1) },
        { ideaId: "y", supportCount: 5, createdAt: day(2) },
        { ideaId: "z", supportCount: 0, createdAt: day(3) },
      ],
      scores: [
        // x: impact (8 + 6) / 2 = 7, feasibility (6 + 10) / 2 = 8 → (2·7 + 8) / 30 = 22/30
        { ideaId: "x", criterionId: "impact", jurorId: "a", score: 8 },
        { ideaId: "x", criterionId: "feasibility", jurorId: "a", score: 6 },
        { ideaId: "x", criterionId: "impact", jurorId: "b", score: 6 },
        { ideaId: "x", criterionId: "feasibility", jurorId: "b", score: 10 },
        // y: only juror a → (2·10 + 4) / 30 = 24/30
        { ideaId: "y", criterionId: "impact", jurorId: "a", score: 10 },
        { ideaId: "y", criterionId: "feasibility", jurorId: "a", score: 4 },
      ],
    });
    expect(ranking.map((r) => r.ideaId)).toEqual(["x", "y", "z"]);
    const [x, y, z] = ranking;
    expect(x?.juryPart).toBeCloseTo(22 / 30, 10);
    expect(x?.communityPart).toBe(1);
    expect(x?.total).toBeCloseTo(0.7 * (22 / 30) + 0.3, 10); // 0.81333…
    expect(x?.jurors).toBe(2);
    expect(y?.juryPart).toBeCloseTo(0.8, 10);
    expect(y?.communityPart).toBe(0.5);
    expect(y?.total).toBeCloseTo(0.71, 10);
    expect(z).toMatchObject({ juryPart: null, communityPart: 0, total: 0, rank: 3, jurors: 0 });
    expect(ranking.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it("averages each criterion over the jurors who scored it, not over every juror", () => {
    const [y] = rankFinalists({
      criteria,
      juryShare: 1,
      finalists: [{ ideaId: "y", supportCount: 0, createdAt: day(1) }],
      scores: [
        { ideaId: "y", criterionId: "impact", jurorId: "a", score: 10 },
        { ideaId: "y", criterionId: "feasibility", jurorId: "a", score: 4 },
        // b scored impact only: impact (10 + 4) / 2 = 7, feasibility stays 4 → (2·7 + 4) / 30 = 0.6
        { ideaId: "y", criterionId: "impact", jurorId: "b", score: 4 },
      ],
    });
    expect(y?.juryPart).toBeCloseTo(0.6, 10);
    expect(y?.total).toBeCloseTo(0.6, 10);
    expect(y?.jurors).toBe(2);
  });

  it("leaves out of the jury's mean a criterion nobody scored yet", () => {
    const [y] = rankFinalists({
      criteria,
      juryShare: 1,
      finalists: [{ ideaId: "y", supportCount: 0, createdAt: day(1) }],
      scores: [{ ideaId: "y", criterionId: "feasibility", jurorId: "a", score: 9 }],
    });
    expect(y?.juryPart).toBeCloseTo(0.9, 10);
  });

  it("breaks a tie on the total by supports, then by the earliest idea", () => {
    const scores = ["p", "q", "r"].map((ideaId) => ({
      ideaId,
      criterionId: "impact",
      jurorId: "a",
      score: 5,
    }));
    const ranking = rankFinalists({
      criteria,
      juryShare: 1,
      finalists: [
        { ideaId: "p", supportCount: 2, createdAt: day(3) },
        { ideaId: "q", supportCount: 7, createdAt: day(5) },
        { ideaId: "r", supportCount: 2, createdAt: day(1) },
      ],
      scores,
    });
    expect(ranking.map((r) => r.total)).toEqual([0.5, 0.5, 0.5]);
    expect(ranking.map((r) => r.ideaId)).toEqual(["q", "r", "p"]);
  });

  it("gives no community part when no finalist has support, and ignores unknown criteria", () => {
    const [only] = rankFinalists({
      criteria,
      juryShare: 0.5,
      finalists: [{ ideaId: "x", supportCount: 0, createdAt: day(1) }],
      scores: [
        { ideaId: "x", criterionId: "impact", jurorId: "a", score: 10 },
        { ideaId: "x", criterionId: "removed", jurorId: "a", score: 0 },
      ],
    });
    expect(only).toMatchObject({ juryPart: 1, communityPart: 0, total: 0.5 });
  });

  it("ranks nothing when there are no finalists", () => {
    expect(rankFinalists({ criteria, juryShare: 0.7, finalists: [], scores: [] })).toEqual([]);
  });
});
