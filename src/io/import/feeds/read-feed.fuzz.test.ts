import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cell,
  damagedBytes,
  fuzzRuns,
  noise,
  readsOrRefuses,
} from "../../../../test/support/import-arbitraries.ts";
import { readFeed } from "./read-feed.ts";

/** Text for an element: sometimes escaped, sometimes raw (markup, entities, CDATA ends), sometimes a CDATA block. */
const content = fc.oneof(
  cell.map((text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")),
  cell,
  cell.map((text) => `<![CDATA[${text}]]>`),
  fc.constantFrom("&eacute;", "&#8217;", "&#xD800;", "&unknown;", "]]>", "<b>gras</b>", "<br/>", ""),
);
const element = (names: string[]) =>
  fc.tuple(fc.constantFrom(...names), content).map(([name, text]) => `<${name}>${text}</${name}>`);

const rssItem = fc
  .array(element(["title", "link", "description", "pubDate", "dc:creator", "guid", "category", "dc:date"]), {
    maxLength: 5,
  })
  .map((parts) => `<item>${parts.join("")}</item>`);
const atomEntry = fc
  .array(element(["title", "id", "updated", "published", "summary", "content", "author"]), { maxLength: 5 })
  .map((parts) => `<entry>${parts.join("")}<link href="https://ville.example/a"/></entry>`);

/** RSS, RDF or Atom documents with generated items, sometimes with no root, an unknown root or a cut-off end. */
const feedText = fc
  .record({
    kind: fc.constantFrom("rss", "rdf", "atom", "other"),
    items: fc.array(fc.oneof(rssItem, atomEntry), { maxLength: 4 }),
    head: fc.array(element(["title", "link", "language", "description"]), { maxLength: 3 }),
    declaration: fc.constantFrom('<?xml version="1.0" encoding="UTF-8"?>', ""),
    cut: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ kind, items, head, declaration, cut }) => {
    const body = head.join("") + items.join("");
    const text =
      kind === "rss"
        ? `<rss version="2.0"><channel>${body}</channel></rss>`
        : kind === "rdf"
          ? `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel>${head.join("")}</channel>${items.join("")}</rdf:RDF>`
          : kind === "atom"
            ? `<feed xmlns="http://www.w3.org/2005/Atom">${body}</feed>`
            : `<html>${body}</html>`;
    const whole = declaration + text;
    return cut === undefined ? whole : whole.slice(0, cut % (whole.length + 1));
  });

describe("readFeed on generated documents", () => {
  it("reads or refuses any document with a typed error naming the feed; every item read is an object", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedBytes(feedText), noise), async (bytes) => {
        const feed = await readsOrRefuses("ville.xml", () => readFeed(bytes, "ville.xml"), {
          wholeDocument: true,
        });
        if (feed) {
          expect(["rss", "rdf", "atom"]).toContain(feed.format);
          for (const item of feed.items) {
            for (const value of [item.title, item.link, item.content, item.published]) {
              expect(value === undefined || typeof value === "string").toBe(true);
            }
          }
        }
      }),
      fuzzRuns,
    );
  });
});
