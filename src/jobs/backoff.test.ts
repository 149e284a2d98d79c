import { describe, expect, it } from "vitest";
import { afterFailure, retryDelayMs } from "./backoff.ts";

const noJitter = { baseMs: 1_000, maxMs: 60_000, jitter: 0 };

describe("retryDelayMs", () => {
  it("doubles the delay after each failed attempt", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
  });

  it("never waits longer than the maximum, even after very many attempts", () => {
    expect(retryDelayMs(7, noJitter)).toBe(60_000);
    expect(retryDelayMs(5_000, noJitter)).toBe(60_000);
  });

  it("takes off at most the jitter's share of the delay", () => {
    const options = { baseMs: 1_000, maxMs: 60_000, jitter: 0.25 };
    expect(retryDelayMs(3, options, () => 0)).toBe(4_000);
    expect(retryDelayMs(3, options, () => 0.999_999)).toBe(3_000);
    expect(retryDelayMs(3, options, () => 0.5)).toBe(3_500);
  });

  it("waits the base delay when no attempt was counted", () => {
    expect(retryDelayMs(0, noJitter)).toBe(1_000);
  });
});

describe("afterFailure", () => {
  const now = new Date("2026-03-01T10:00:00Z");

  it("schedules the retry after the backoff while attempts remain", () => {
    expect(afterFailure({ attempts: 2, maxAttempts: 5 }, now, noJitter)).toEqual({
      status: "failed",
      retryAt: new Date("2026-03-01T10:00:02Z"),
    });
  });

  it("sends the job to the dead letters after its last attempt", () => {
    expect(afterFailure({ attempts: 5, maxAttempts: 5 }, now, noJitter)).toEqual({ status: "dead" });
    expect(afterFailure({ attempts: 1, maxAttempts: 1 }, now, noJitter)).toEqual({ status: "dead" });
  });
});
