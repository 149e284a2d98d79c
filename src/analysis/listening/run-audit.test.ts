import { describe, expect, it } from "vitest";
import { AuditFrameError, type AuditMention, runAudit } from "./run-audit.ts";

const day = (d: number) => Date.UTC(2026, 0, 1 + d, 10);

/** 20 days of calm mentions of three cities, then a crisis day for Nantes's tram. */
function corpus(): AuditMention[] {
  const mentions: AuditMention[] = [];
  let id = 0;
  const add = (text: string, d: number, extra: Partial<AuditMention> = {}) =>
    mentions.push({ id: `m${++id}`, text, date: day(d), ...extra });
  for (let d = 0; d < 20; d++) {
    add("Merci Nantes pour les nouvelles pistes cyclables, bravo, c'est génial", d, {
      author: "@lea",
      source: "X",
      reach: 100,
      engagement: 4,
    });
    add("Le marché de Noël de Rennes est magnifique, superbe ambiance", d, {
      author: "@paul",
      source: "Facebook",
      reach: 500,
    });
    add("Angers accueille un festival", d, { source: "Presse" });
  }
  for (let i = 0; i < 30; i++) {
    add("Nantes : le tram est encore en panne, c'est honteux et nul, les usagers sont furieux", 20, {
      author: `@user${i % 6}`,
      source: "X",
      reach: 10,
      engagement: 1,
    });
  }
  add("La météo de demain", 20);
  return mentions;
}

const frame = {
  brand: { name: "Nantes", query: "nantes" },
  competitors: [
    { name: "Rennes", query: "rennes" },
    { name: "Angers", query: "angers -handball" },
  ],
  language: "fr" as const,
};

describe("runAudit", () => {
  const result = runAudit(corpus(), frame, 1.5);

  it("counts each name's mentions, reach, engagement and share of the panel", () => {
    expect(result.panel).toEqual(["Nantes", "Rennes", "Angers"]);
    expect(result.brands.map((b) => [b.name, b.mentions, b.reach, b.engagement])).toEqual([
      ["Nantes", 50, 2300, 110],
      ["Rennes", 20, 10000, 0],
      ["Angers", 20, 0, 0],
    ]);
    expect(result.brands.map((b) => b.shareOfVoice)).toEqual([0.5556, 0.2222, 0.2222]);
    expect(result.brands[0]?.role).toBe("brand");
    expect(result.stats).toMatchObject({
      documents: 91,
      matched: 90,
      unmatched: 1,
      undated: 0,
      seconds: 1.5,
    });
  });

  it("reads the brand's net sentiment from its positive and negative mentions", () => {
    const nantes = result.brands[0];
    expect(nantes?.polarity.positive).toBeGreaterThanOrEqual(15);
    expect(nantes?.polarity.negative).toBeGreaterThanOrEqual(25);
    const { positive, negative } = nantes?.polarity ?? { positive: 0, negative: 0 };
    expect(nantes?.netSentiment).toBeCloseTo((positive - negative) / (positive + negative), 4);
    expect(nantes?.netSentiment).toBeLessThan(0);
  });

  it("flags the crisis day as a spike of the brand and of its negative mentions", () => {
    expect(result.spikes).toEqual([
      expect.objectContaining({ start: "2026-01-21", mentions: 30, baseline: 1 }),
    ]);
    expect(result.negativeSpikes.map((s) => s.start)).toEqual(["2026-01-21"]);
    expect(result.brands[1]?.spikes).toEqual([]);
    expect(result.volume.buckets).toHaveLength(21);
    expect(result.volume.buckets[20]).toMatchObject({
      date: "2026-01-21",
      mentions: [30, 0, 0],
      negative: [expect.any(Number), 0, 0],
    });
  });

  it("places the dimensions, channels and authors of the brand", () => {
    const dims = Object.fromEntries(result.dimensions.map((d) => [d.name, d.mentions]));
    expect(dims["products-and-services"]).toBe(30);
    expect(dims.citizenship).toBe(20);
    expect(result.keyDrivers.find((d) => d.kind === "dimension")).toMatchObject({
      name: "products-and-services",
      share: 0.6,
    });
    expect(result.keyDrivers.some((d) => d.kind === "topic")).toBe(true);
    expect(result.channels[0]).toMatchObject({ name: "X", mentions: 50 });
    expect(result.authors.byMentions[0]).toMatchObject({ name: "@lea", mentions: 20 });
    expect(result.authors.byReach[0]).toMatchObject({ name: "@paul", reach: 500 });
  });

  it("gives every matched mention an item in the contract's form, and topics with quotes", () => {
    expect(result.items).toHaveLength(90);
    const crisis = result.items?.find((item) => item.id === "m61");
    expect(crisis).toMatchObject({
      brands: ["Nantes"],
      polarity: "negative",
      dimensions: ["products-and-services"],
    });
    expect(Object.keys(crisis?.emotions ?? {})).toHaveLength(8);
    expect(result.topics.length).toBeGreaterThan(0);
    const tramTopic = result.topics.find((t) => t.id === crisis?.topic);
    expect(tramTopic?.quotes[0]).toContain("tram");
    expect(tramTopic?.brands.Nantes).toBeGreaterThanOrEqual(30);
  });

  it("is empty but whole without mentions", () => {
    const empty = runAudit([], frame);
    expect(empty.brands.map((b) => [b.mentions, b.shareOfVoice, b.netSentiment])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
    expect(empty).toMatchObject({ topics: [], spikes: [], items: [], period: { start: null, end: null } });
  });

  it("names the query and column of a frame error", () => {
    const bad = () => runAudit([], { ...frame, competitors: [{ name: "Rennes", query: 'rennes "stade' }] });
    expect(bad).toThrow(AuditFrameError);
    try {
      bad();
    } catch (error) {
      expect(error).toMatchObject({ field: "competitor", index: 0, column: 8 });
    }
  });
});
