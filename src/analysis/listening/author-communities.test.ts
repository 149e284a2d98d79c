import { describe, expect, it } from "vitest";
import { authorCommunities } from "./author-communities.ts";

const author = (name: string, topics: Record<string, number>, reach = 100) => ({
  author: name,
  mentions: Object.values(topics).reduce((a, b) => a + b, 0),
  reach,
  topics,
});

describe("authorCommunities", () => {
  it("groups authors who talk about the same topics and names each group by its topics", () => {
    const communities = authorCommunities([
      author("@marie", { tramway: 8, bus: 2 }),
      author("@paul", { tramway: 5 }, 50),
      author("@lea", { "marché de Noël": 6 }),
      author("@jo", { "marché de Noël": 3, bus: 1 }),
      author("@solo", { piscine: 9 }),
    ]);
    expect(communities).toHaveLength(2);
    expect(communities[0]).toMatchObject({ authors: ["@marie", "@paul"], mentions: 15, reach: 150 });
    expect(communities[0]?.topics[0]).toEqual({ label: "tramway", share: 13 / 15 });
    expect(communities[1]?.authors).toEqual(["@lea", "@jo"]);
    expect(communities.flatMap((c) => c.authors)).not.toContain("@solo");
  });

  it("keeps single authors when asked, and leaves out authors with no topic", () => {
    const communities = authorCommunities(
      [author("@a", { x: 1 }), author("@b", { y: 1 }), author("@c", {})],
      { minAuthors: 1 },
    );
    expect(communities.map((c) => c.authors)).toEqual([["@a"], ["@b"]]);
    expect(authorCommunities([])).toEqual([]);
  });
});
