import { describe, expect, it } from "vitest";
import { median, medianFirstAnswerSeconds } from "./answer-times.ts";

describe("median", () => {
  it("is null for nothing, the middle value for an odd count, the mean of the two middle ones otherwise", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("medianFirstAnswerSeconds", () => {
  const posted = new Date("2026-03-10T09:00:00Z");
  const answered = (seconds: number) => new Date(posted.getTime() + seconds * 1000);

  it("is null while no idea has an official answer", () => {
    expect(medianFirstAnswerSeconds([{ createdAt: posted, firstOfficialAnswerAt: null }])).toBeNull();
  });

  it("ignores unanswered ideas and answers in seconds", () => {
    expect(
      medianFirstAnswerSeconds([
        { createdAt: posted, firstOfficialAnswerAt: answered(60) },
        { createdAt: posted, firstOfficialAnswerAt: answered(3600) },
        { createdAt: posted, firstOfficialAnswerAt: answered(600) },
        { createdAt: posted, firstOfficialAnswerAt: null },
      ]),
    ).toBe(600);
  });
});
