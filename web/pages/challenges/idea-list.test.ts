import { describe, expect, it } from "vitest";
import type { IdeaData } from "../../api/types.ts";
import { reactionTotal } from "./idea-list.tsx";

function idea(id: string, supportCount: number, createdAt: string): IdeaData {
  return {
    id,
    supportCount,
    createdAt,
    reactions: { love: 2, inspired: 1, surprised: 0, worried: 0, angry: 1 },
  } as IdeaData;
}

describe("reactionTotal", () => {
  it("adds the counts of every emotion", () => {
    expect(reactionTotal(idea("a", 0, "2026-11-23T10:00:00.000Z"))).toBe(4);
  });
});
