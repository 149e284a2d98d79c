import { describe, expect, it } from "vitest";
import { hostOf, mentionsOfFeed, plainText } from "./feed-items.ts";

const item = {
  id: undefined,
  title: undefined,
  link: undefined,
  published: undefined,
  updated: undefined,
  author: undefined,
  content: undefined,
  summary: undefined,
  language: undefined,
};
const now = new Date("2026-01-02T03:04:05Z");

describe("plainText", () => {
  it("drops markup, scripts and comments, keeps words of inline tags together and decodes entities", () => {
    expect(plainText("<p>Très <b>bien</b>&nbsp;!</p><p>Suite &amp; fin</p>")).toBe("Très bien ! Suite & fin");
    expect(plainText("a<script>alert(1)</script>b<!-- x -->c<style>p{}</style>")).toBe("a b c");
    expect(plainText("&#233;t&#xE9; &unknown;")).toBe("été &unknown;");
  });
});

describe("mentionsOfFeed", () => {
  it("keys an item by its guid, else its link, dates it, and names the feed's host as its source", () => {
    const [byGuid, byLink] = mentionsOfFeed(
      {
        title: "F",
        items: [
          {
            ...item,
            id: "g1",
            title: "Titre",
            content: "<p>Corps</p>",
            published: "2025-12-01T10:00:00.000Z",
          },
          { ...item, link: "https://example.org/b", summary: "Résumé", language: "fr-FR" },
        ],
      },
      "https://www.example.org/feed.xml",
      now,
    );
    expect(byGuid).toMatchObject({
      mention: { line: 1, externalId: "g1", text: "Titre — Corps", day: "2025-12-01", source: "example.org" },
    });
    expect(byLink).toMatchObject({
      mention: {
        externalId: "https://example.org/b",
        url: "https://example.org/b",
        publishedAt: now,
        language: "fr",
      },
    });
  });

  it("refuses an empty item or a date it cannot read, with its place in the feed", () => {
    const read = mentionsOfFeed(
      { title: undefined, items: [{ ...item }, { ...item, title: "x", published: "someday" }] },
      "https://example.org/f",
      now,
    );
    expect(read).toEqual([
      { line: 1, reason: "the item has neither title nor text", field: "text" },
      { line: 2, reason: 'the date "someday" is not understood', field: "date" },
    ]);
  });

  it("reads a host, or nothing from what is not a URL", () => {
    expect(hostOf("https://www.ouest-france.fr/rss")).toBe("ouest-france.fr");
    expect(hostOf("nope")).toBe("");
  });
});
