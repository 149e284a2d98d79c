import { describe, expect, it } from "vitest";
import { contributionsUnder } from "./erasure-policy.ts";

describe("contributionsUnder", () => {
  it("keeps contributions under the keep policy even when removal is asked", () => {
    expect(contributionsUnder("keep", "remove")).toBe("keep");
    expect(contributionsUnder("keep", undefined)).toBe("keep");
  });

  it("follows the person under person-chooses, keeping when they say nothing", () => {
    expect(contributionsUnder("person-chooses", "remove")).toBe("remove");
    expect(contributionsUnder("person-chooses", "keep")).toBe("keep");
    expect(contributionsUnder("person-chooses", undefined)).toBe("keep");
  });

  it("removes contributions under the remove policy even when keeping is asked", () => {
    expect(contributionsUnder("remove", "keep")).toBe("remove");
  });
});
