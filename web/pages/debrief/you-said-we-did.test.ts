import { describe, expect, it } from "vitest";
import { formatDay } from "./you-said-we-did.tsx";

describe("formatDay", () => {
  it("writes a due date in words without shifting it by the reader's time zone", () => {
    expect(formatDay("2027-06-30", "fr")).toBe("30 juin 2027");
    expect(formatDay("2027-01-01", "en")).toBe("January 1, 2027");
  });
});
