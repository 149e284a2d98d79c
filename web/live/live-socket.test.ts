import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./live-socket.ts";

describe("reconnectDelay", () => {
  it("doubles from one second and stops growing at thirty seconds", () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((attempt) => reconnectDelay(attempt, middle))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it("spreads reconnections by twenty percent either way", () => {
    expect(reconnectDelay(0, () => 0)).toBe(800);
    expect(reconnectDelay(0, () => 1)).toBe(1200);
  });
});
