import { describe, expect, it } from "vitest";
import { bigramHash, featureHash, hashToken, negatedHash } from "./feature-hash.ts";

describe("feature hashes", () => {
  it("computes FNV-1a 32-bit", () => {
    expect(hashToken("")).toBe(0x811c9dc5);
    expect(hashToken("a")).toBe(0xe40c292c);
    expect(hashToken("foobar")).toBe(0xbf9cf968);
  });

  it("keeps a word, its negation and word order apart", () => {
    const content = hashToken("content");
    expect(negatedHash(content)).not.toBe(content);
    const pas = hashToken("pas");
    expect(bigramHash(pas, content)).not.toBe(bigramHash(content, pas));
    expect(featureHash("pas ¬content")).toBe(bigramHash(pas, negatedHash(content)));
  });

  it("stays an unsigned 32-bit integer", () => {
    for (const word of ["très", "😍", "pas", "x".repeat(1000)]) {
      const hash = negatedHash(hashToken(word));
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 32);
    }
  });
});
