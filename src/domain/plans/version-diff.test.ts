import { describe, expect, it } from "vitest";
import { diffVersions, type FrozenSection, hasChanges } from "./version-diff.ts";

const section = (id: string, title: string, markdown: string, position = 0): FrozenSection => ({
  id,
  title,
  kind: "custom",
  position,
  markdown,
  json: { type: "doc", content: [] },
  text: markdown,
  hash: `${title}:${markdown}`,
});

describe("diffVersions", () => {
  it("shows the lines added and removed in a changed section, the rest as context", () => {
    const before = [section("a", "Objectifs", "Faire venir les familles.\nUn marché le soir.\n")];
    const after = [section("a", "Objectifs", "Faire venir les familles.\nUn marché le samedi.\n")];
    const [diff] = diffVersions(before, after);
    expect(diff).toMatchObject({ change: "changed", moved: false, previousTitle: null });
    expect(diff?.parts).toEqual([
      { change: "same", text: "Faire venir les familles.\n" },
      { change: "removed", text: "Un marché le soir.\n" },
      { change: "added", text: "Un marché le samedi.\n" },
    ]);
  });

  it("names added, removed, renamed and moved sections, and calls an identical plan unchanged", () => {
    const before = [
      section("a", "Contexte", "x", 0),
      section("b", "Publics", "y", 1),
      section("c", "Charte", "z", 2),
    ];
    const after = [
      section("b", "Publics cibles", "y", 0),
      section("a", "Contexte", "x", 1),
      section("d", "Budget", "", 2),
    ];
    const diffs = diffVersions(before, after);
    expect(diffs.map((d) => [d.sectionId, d.change, d.moved, d.previousTitle])).toEqual([
      ["b", "changed", true, "Publics"],
      ["a", "unchanged", true, null],
      ["d", "added", false, null],
      ["c", "removed", false, null],
    ]);
    expect(diffs[2]?.parts).toEqual([]);
    expect(hasChanges(diffs)).toBe(true);
    expect(hasChanges(diffVersions(before, before))).toBe(false);
  });

  it("pairs a section re-created under the same title, and treats a missing last newline as equal", () => {
    const diffs = diffVersions(
      [section("old", "Évaluation", "Mesurer")],
      [section("new", "Évaluation", "Mesurer\n")],
    );
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.change).toBe("unchanged");
  });

  it("compares two empty plans as unchanged", () => {
    expect(diffVersions([], [])).toEqual([]);
  });
});
