import { describe, expect, it } from "vitest";
import type { IdeaData } from "../../api/types.ts";
import { reactionTotal, sortedIdeas } from "./idea-list.tsx";

function idea(id: string, supportCount: number, createdAt: string): IdeaData {
  return {
    id,
    supportCount,
    createdAt,
    reactions: { love: 2, inspired: 1, surprised: 0, worried: 0, angry: 1 },
  } as IdeaData;
}

describe("sortedIdeas", () => {
  const ideas = [
    idea("c", 1, "2026-11-23T10:00:00.000Z"),
    idea("b", 3, "2026-11-22T10:00:00.000Z"),
    idea("a", 1, "2026-11-21T10:00:00.000Z"),
  ];

  it("keeps the server's order, newest first, for newest", () => {
    expect(sortedIdeas(ideas, "newest").map((i) => i.id)).toEqual(["c", "b", "a"]);
  });

  it("puts the most supported first, the newest first among equals", () => {
    expect(sortedIdeas(ideas, "supported").map((i) => i.id)).toEqual(["b", "c", "a"]);
    expect(ideas.map((i) => i.id)).toEqual(["c", "b", "a"]);
  });
});

describe("reactionTotal", () => {
  it("adds the counts of every emotion", () => {
    expect(reactionTotal(idea("a", 0, "2026-11-23T10:00:00.000Z"))).toBe(4);
  });
});
