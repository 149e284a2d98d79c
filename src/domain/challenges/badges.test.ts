import { describe, expect, it } from "vitest";
import { computeBadges, pioneerCount } from "./badges.ts";
import { type ActivityRow, computePoints } from "./points.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

function badgesOf(rows: ActivityRow[], options: { voided?: string[]; selected?: string[] } = {}) {
  const voided = new Set(options.voided ?? []);
  return computeBadges({
    rows,
    voided,
    standings: computePoints(rows, voided),
    selectedAuthors: new Set(options.selected ?? []),
  });
}

describe("computeBadges", () => {
  it("gives first-idea to whoever has an idea that counts, not for a withdrawn or hidden one", () => {
    const badges = badgesOf(
      [
        { userId: "ana", kind: "idea-submitted", subjectId: "i1", createdAt: at(1) },
        { userId: "ben", kind: "idea-submitted", subjectId: "i2", createdAt: at(2) },
        { userId: "ben", kind: "idea-withdrawn", subjectId: "i2", createdAt: at(3) },
        { userId: "cam", kind: "idea-submitted", subjectId: "i3", createdAt: at(4) },
      ],
      { voided: ["i3"] },
    );
    expect(badges.get("ana")).toContain("first-idea");
    expect(badges.get("ben") ?? []).not.toContain("first-idea");
    expect(badges.get("cam") ?? []).not.toContain("first-idea");
  });

  it("makes pioneers of the first people to post, by their own acts only", () => {
    const rows: ActivityRow[] = [];
    for (let i = 0; i < pioneerCount + 2; i++) {
      rows.push({ userId: `p${i}`, kind: "comment-posted", subjectId: `c${i}`, createdAt: at(10 + i) });
    }
    // A support received early does not make its receiver a pioneer.
    rows.push({ userId: "late", kind: "support-received", subjectId: "i9", createdAt: at(0) });
    const badges = badgesOf(rows);
    expect(badges.get("p0")).toContain("pioneer");
    expect(badges.get(`p${pioneerCount - 1}`)).toContain("pioneer");
    expect(badges.get(`p${pioneerCount}`) ?? []).not.toContain("pioneer");
    expect(badges.get("late") ?? []).not.toContain("pioneer");
  });

  it("names the top three ranks top contributors, ties included", () => {
    const rows: ActivityRow[] = ["a", "b", "c", "d"].map((userId, i) => ({
      userId,
      kind: "idea-submitted",
      subjectId: `i${i}`,
      createdAt: at(i),
    }));
    rows.push({ userId: "a", kind: "comment-posted", subjectId: "c1", createdAt: at(9) });
    const badges = badgesOf(rows);
    // a: 13 points (rank 1); b, c, d: 10 points each (rank 2).
    for (const user of ["a", "b", "c", "d"]) expect(badges.get(user)).toContain("top-contributor");
  });

  it("marks the authors of selected ideas, and orders badges the same way for everyone", () => {
    const badges = badgesOf([{ userId: "ana", kind: "idea-submitted", subjectId: "i1", createdAt: at(1) }], {
      selected: ["ana"],
    });
    expect(badges.get("ana")).toEqual(["first-idea", "pioneer", "top-contributor", "idea-selected"]);
  });
});
