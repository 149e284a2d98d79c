import { describe, expect, it } from "vitest";
import { jaccard, matchGroups } from "./match-groups.ts";

const group = (id: string, members: string) => ({ id, memberIds: members.split("") });
const fresh = (members: string) => ({ memberIds: members.split("") });

describe("jaccard", () => {
  it("is the share of ideas two groups have in common", () => {
    expect(jaccard(new Set(["a", "b", "c"]), new Set(["b", "c", "d"]))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe("matchGroups", () => {
  it("keeps the ids of groups whose ideas barely changed, whatever their order", () => {
    const stored = [group("bikes", "abcd"), group("kids", "efgh")];
    const result = matchGroups(stored, [fresh("efghi"), fresh("abcd")]);
    expect(result).toEqual({ matches: ["kids", "bikes"], unmatched: [] });
  });

  it("gives a new id to a group like none before, and leaves the vanished group unmatched", () => {
    const stored = [group("bikes", "abcd"), group("waste", "xyz")];
    const result = matchGroups(stored, [fresh("abc"), fresh("mnop")]);
    expect(result).toEqual({ matches: ["bikes", null], unmatched: ["waste"] });
  });

  it("matches one to one: of two new groups close to the same old one, the closest keeps its id", () => {
    const stored = [group("market", "abcdef")];
    const result = matchGroups(stored, [fresh("abc"), fresh("abcde")]);
    expect(result.matches).toEqual([null, "market"]);
  });

  it("after a merge, the merged group continues the old group most like it", () => {
    const stored = [group("small", "ab"), group("big", "cdef")];
    const result = matchGroups(stored, [fresh("abcdef")]);
    expect(result).toEqual({ matches: ["big"], unmatched: ["small"] });
  });

  it("does not match below the threshold", () => {
    const stored = [group("old", "abcdefgh")];
    expect(matchGroups(stored, [fresh("ahijklmn")]).matches).toEqual([null]);
    expect(matchGroups(stored, [fresh("ahijklmn")], 0.05).matches).toEqual(["old"]);
  });

  it("breaks ties deterministically: larger new group first, then list order", () => {
    const stored = [group("one", "ab")];
    expect(matchGroups(stored, [fresh("a"), fresh("b")]).matches).toEqual(["one", null]);
    expect(matchGroups(stored, [fresh("ax"), fresh("abxy")]).matches).toEqual([null, "one"]);
  });

  it("matches nothing when there was nothing before", () => {
    expect(matchGroups([], [fresh("abc")])).toEqual({ matches: [null], unmatched: [] });
  });
});
