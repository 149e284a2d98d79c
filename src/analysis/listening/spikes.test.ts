import { describe, expect, it } from "vitest";
import { bucketStart, findSpikes, volumeSeries } from "./spikes.ts";

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

function series(counts: number[]) {
  return {
    interval: "day" as const,
    start: Date.UTC(2026, 0, 1),
    step: 86_400_000,
    counts: Float64Array.from(counts),
  };
}

describe("volumeSeries", () => {
  it("counts per UTC day with empty days in between, skipping unknown dates", () => {
    const volume = volumeSeries([day("2026-03-01"), day("2026-03-01"), day("2026-03-04"), Number.NaN], "day");
    expect(volume.start).toBe(Date.UTC(2026, 2, 1));
    expect(Array.from(volume.counts)).toEqual([2, 0, 0, 1]);
  });

  it("counts per ISO week starting on Monday, with weights and a row filter", () => {
    // 2026-03-01 is a Sunday: its week starts on Monday 2026-02-23.
    expect(new Date(bucketStart(day("2026-03-01"), "week")).toISOString()).toBe("2026-02-23T00:00:00.000Z");
    const volume = volumeSeries([day("2026-03-01"), day("2026-03-02"), day("2026-03-03")], "week", {
      weights: [10, 20, 30],
      include: (row) => row !== 1,
    });
    expect(Array.from(volume.counts)).toEqual([10, 30]);
  });

  it("is empty without dates", () => {
    expect(volumeSeries([], "day").counts.length).toBe(0);
    expect(findSpikes(volumeSeries([], "day"))).toEqual([]);
  });
});

describe("findSpikes", () => {
  it("flags a day far above the previous seven, with its baseline and the previous window", () => {
    const spikes = findSpikes(series([10, 12, 9, 11, 10, 8, 10, 40, 11]));
    expect(spikes).toEqual([
      {
        start: "2026-01-08",
        end: "2026-01-09",
        mentions: 40,
        baseline: 10,
        previousWindow: 10,
        peak: "2026-01-08",
        peakMentions: 40,
      },
    ]);
  });

  it("merges consecutive flagged days into one spike", () => {
    const spikes = findSpikes(series([5, 5, 5, 5, 5, 5, 5, 30, 35, 5]));
    expect(spikes).toHaveLength(1);
    expect(spikes[0]).toMatchObject({
      start: "2026-01-08",
      end: "2026-01-10",
      mentions: 65,
      peakMentions: 35,
    });
    // The second day's reference window holds the first spike day, yet 35 still stands out.
    expect(spikes[0]?.previousWindow).toBe(10);
  });

  it("does not flag ordinary noise, small counts or a day without a full reference window", () => {
    expect(findSpikes(series([10, 14, 7, 12, 9, 13, 8, 15, 6, 14]))).toEqual([]);
    expect(findSpikes(series([0, 0, 0, 0, 0, 0, 0, 4]))).toEqual([]);
    expect(findSpikes(series([1, 50, 1]))).toEqual([]);
  });
});
