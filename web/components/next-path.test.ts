import { describe, expect, it } from "vitest";
import { nextPath, nextQuery } from "./next-path.ts";

describe("nextPath", () => {
  it("returns to a page of this site", () => {
    expect(nextPath("?next=%2Fjoin%2Fabc")).toBe("/join/abc");
  });

  it("refuses other origins and protocol-relative addresses", () => {
    expect(nextPath("?next=https%3A%2F%2Fevil.example")).toBe("/");
    expect(nextPath("?next=%2F%2Fevil.example")).toBe("/");
    expect(nextPath("?next=%2F%5Cevil.example")).toBe("/");
    expect(nextPath("")).toBe("/");
  });

  it("carries the destination in a query string", () => {
    expect(nextQuery("/join/abc")).toBe("?next=%2Fjoin%2Fabc");
    expect(nextQuery("/")).toBe("");
  });
});
