import { describe, expect, it } from "vitest";
import { shareOfVoice } from "./share-of-voice.ts";

describe("shareOfVoice", () => {
  it("divides each name's mentions, reach, engagement and positive mentions by the panel's", () => {
    const shares = shareOfVoice([
      { name: "Nantes", mentions: 60, reach: 1000, engagement: 50, positive: 30 },
      { name: "Rennes", mentions: 30, reach: 3000, engagement: 0, positive: 10 },
      { name: "Angers", mentions: 10, reach: 0, engagement: 50, positive: 0 },
    ]);
    expect(shares).toEqual([
      {
        name: "Nantes",
        mentions: 60,
        shareOfVoice: 0.6,
        reachShare: 0.25,
        engagementShare: 0.5,
        positiveShare: 0.75,
      },
      {
        name: "Rennes",
        mentions: 30,
        shareOfVoice: 0.3,
        reachShare: 0.75,
        engagementShare: 0,
        positiveShare: 0.25,
      },
      {
        name: "Angers",
        mentions: 10,
        shareOfVoice: 0.1,
        reachShare: 0,
        engagementShare: 0.5,
        positiveShare: 0,
      },
    ]);
  });

  it("gives null shares when the panel has nothing to share, and nothing for an empty panel", () => {
    expect(shareOfVoice([{ name: "Nantes", mentions: 0, reach: 0, engagement: 0, positive: 0 }])).toEqual([
      {
        name: "Nantes",
        mentions: 0,
        shareOfVoice: null,
        reachShare: null,
        engagementShare: null,
        positiveShare: null,
      },
    ]);
    expect(shareOfVoice([])).toEqual([]);
  });
});
