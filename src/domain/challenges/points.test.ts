import { describe, expect, it } from "vitest";
import { type ActivityKind, type ActivityRow, computePoints } from "./points.ts";

let minute = 0;
const row = (userId: string, kind: ActivityKind, subjectId = "idea-1"): ActivityRow => ({
  userId,
  kind,
  subjectId,
  createdAt: new Date(Date.UTC(2026, 2, 10, 9, minute++)),
});

describe("computePoints", () => {
  it("is empty without activity", () => {
    expect(computePoints([])).toEqual([]);
  });

  it("adds the documented weights: idea 10, comment 3, support received 2, recognition 5", () => {
    const standings = computePoints([
      row("alice", "idea-submitted"),
      row("bob", "comment-posted"),
      row("alice", "support-received"),
      row("alice", "support-received"),
      row("alice", "official-recognition"),
    ]);
    expect(standings).toEqual([
      { userId: "alice", points: 19, rank: 1 },
      { userId: "bob", points: 3, rank: 2 },
    ]);
  });

  it("takes back what a withdrawn support gave, so toggling earns nothing", () => {
    const standings = computePoints([
      row("alice", "idea-submitted"),
      row("alice", "support-received"),
      row("alice", "support-withdrawn"),
      row("alice", "support-received"),
      row("alice", "support-withdrawn"),
    ]);
    expect(standings).toEqual([{ userId: "alice", points: 10, rank: 1 }]);
  });

  it("voids everything about a withdrawn idea, but keeps others' comments on it", () => {
    const standings = computePoints([
      row("bob", "idea-submitted", "idea-2"),
      row("bob", "support-received", "idea-2"),
      row("bob", "official-recognition", "idea-2"),
      row("carol", "comment-posted", "comment-9"),
      row("bob", "idea-withdrawn", "idea-2"),
    ]);
    expect(standings).toEqual([{ userId: "carol", points: 3, rank: 1 }]);
  });

  it("counts official recognition once per idea, however many answers it gets", () => {
    const standings = computePoints([
      row("alice", "official-recognition", "idea-1"),
      row("alice", "official-recognition", "idea-1"),
      row("alice", "official-recognition", "idea-2"),
    ]);
    expect(standings).toEqual([{ userId: "alice", points: 10, rank: 1 }]);
  });

  it("shares ranks between ties, the one who got there first listed first", () => {
    const standings = computePoints([
      row("carol", "comment-posted"),
      row("alice", "idea-submitted"),
      row("bob", "idea-submitted", "idea-2"),
    ]);
    expect(standings).toEqual([
      { userId: "alice", points: 10, rank: 1 },
      { userId: "bob", points: 10, rank: 1 },
      { userId: "carol", points: 3, rank: 3 },
    ]);
  });

  it("voids the acts about an idea hidden by moderation", () => {
    const standings = computePoints(
      [
        row("bob", "idea-submitted", "idea-2"),
        row("bob", "support-received", "idea-2"),
        row("alice", "idea-submitted"),
      ],
      new Set(["idea-2"]),
    );
    expect(standings).toEqual([{ userId: "alice", points: 10, rank: 1 }]);
  });
});
