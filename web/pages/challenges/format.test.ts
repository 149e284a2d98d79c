import { describe, expect, it } from "vitest";
import { excerpt, isImageUrl } from "./format.ts";

describe("excerpt", () => {
  it("keeps a short text whole, its spaces folded", () => {
    expect(excerpt("Un  coin\nlecture")).toBe("Un coin lecture");
  });

  it("cuts a long text at a word boundary and marks the cut", () => {
    const text = "Des bancs à l'ombre pour que les aînés puissent se reposer entre deux étals";
    expect(excerpt(text, 30)).toBe("Des bancs à l'ombre pour que…");
  });
});

describe("isImageUrl", () => {
  it("recognizes pictures by their extension, whatever the query", () => {
    expect(isImageUrl("https://example.org/karim.JPG?size=2")).toBe(true);
    expect(isImageUrl("https://example.org/photo.webp")).toBe(true);
  });

  it("treats videos, pages and non-addresses as links", () => {
    expect(isImageUrl("https://video.example.org/watch?v=abc")).toBe(false);
    expect(isImageUrl("https://example.org/presentation.mp4")).toBe(false);
    expect(isImageUrl("pas une adresse")).toBe(false);
  });
});
