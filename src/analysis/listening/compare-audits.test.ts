import { describe, expect, it } from "vitest";
import { type ComparableAudit, compareAudits, keywordOverlap } from "./compare-audits.ts";

const polarity = { positive: 0, neutral: 0, negative: 0 };

function audit(overrides: Partial<ComparableAudit>): ComparableAudit {
  return { brands: [], topics: [], dimensions: [], spikes: [], stats: { documents: 0 }, ...overrides };
}

describe("compareAudits", () => {
  const before = audit({
    brands: [
      {
        name: "Nantes",
        mentions: 100,
        shareOfVoice: 0.5,
        reach: 1000,
        engagement: 10,
        netSentiment: 0.2,
        polarity,
      },
      {
        name: "Rennes",
        mentions: 100,
        shareOfVoice: 0.5,
        reach: 0,
        engagement: 0,
        netSentiment: null,
        polarity,
      },
    ],
    topics: [
      {
        id: "1",
        label: "tram en panne",
        keywords: ["tram", "panne", "retard"],
        size: 40,
        netSentiment: -0.8,
      },
      { id: "2", label: "marché de Noël", keywords: ["marché", "noël"], size: 20 },
    ],
    dimensions: [{ name: "innovation", mentions: 10, netSentiment: 0.5 }],
    spikes: [{}],
    stats: { documents: 250 },
  });
  const after = audit({
    brands: [
      {
        name: "Nantes",
        mentions: 150,
        shareOfVoice: 0.6,
        reach: 900,
        engagement: 30,
        netSentiment: -0.1,
        polarity,
      },
      {
        name: "Angers",
        mentions: 100,
        shareOfVoice: 0.4,
        reach: 5,
        engagement: 0,
        netSentiment: 0,
        polarity,
      },
    ],
    topics: [
      { id: "1", label: "pistes cyclables", keywords: ["pistes", "cyclables", "vélo"], size: 30 },
      {
        id: "2",
        label: "retard du tram",
        keywords: ["Tram", "retard", "ligne"],
        size: 10,
        netSentiment: -0.5,
      },
    ],
    dimensions: [{ name: "innovation", mentions: 30, netSentiment: 0.1 }],
    stats: { documents: 300 },
  });
  const comparison = compareAudits(before, after);

  it("gives the delta of every indicator of every name, with names present on one side only", () => {
    expect(comparison.brands[0]).toMatchObject({
      name: "Nantes",
      presence: "both",
      mentions: { before: 100, after: 150, delta: 50 },
      shareOfVoice: { before: 0.5, after: 0.6, delta: 0.1 },
      netSentiment: { before: 0.2, after: -0.1, delta: -0.3 },
      reachShare: { before: null, after: null, delta: null },
    });
    expect(comparison.brands.map((b) => [b.name, b.presence])).toEqual([
      ["Nantes", "both"],
      ["Rennes", "before"],
      ["Angers", "after"],
    ]);
    expect(comparison.brands[1]?.mentions).toEqual({ before: 100, after: null, delta: null });
    expect(comparison.documents).toEqual({ before: 250, after: 300, delta: 50 });
    expect(comparison.spikes.delta).toBe(-1);
  });

  it("moves dimensions by mentions, share of the brand and net sentiment", () => {
    expect(comparison.dimensions).toEqual([
      {
        name: "innovation",
        mentions: { before: 10, after: 30, delta: 20 },
        share: { before: 0.1, after: 0.2, delta: 0.1 },
        netSentiment: { before: 0.5, after: 0.1, delta: -0.4 },
      },
    ]);
  });

  it("measures dimensions against all the audit's mentions when asked", () => {
    const share = compareAudits(before, after, 0.2, "documents").dimensions[0]?.share;
    expect(share).toEqual({ before: 0.04, after: 0.1, delta: 0.06 });
  });

  it("pairs topics by keyword overlap and lists those that appeared and vanished", () => {
    expect(comparison.topics.matched).toEqual([
      {
        before: "1",
        after: "2",
        label: "retard du tram",
        overlap: 0.5,
        size: { before: 40, after: 10, delta: -30 },
        netSentiment: { before: -0.8, after: -0.5, delta: 0.3 },
      },
    ]);
    expect(comparison.topics.appeared.map((t) => t.label)).toEqual(["pistes cyclables"]);
    expect(comparison.topics.vanished.map((t) => t.label)).toEqual(["marché de Noël"]);
  });

  it("compares two empty audits to nothing", () => {
    expect(compareAudits(audit({}), audit({}))).toMatchObject({
      brands: [],
      dimensions: [],
      topics: { matched: [] },
    });
    expect(keywordOverlap([], [])).toBe(0);
  });
});
