// Hashed features for the linear models: words, negated words and bigrams become integers without new strings.

/** FNV-1a 32-bit hash of a string's UTF-16 code units (Fowler, Noll & Vo). */
export function hashToken(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two hashes (boost's hash_combine, then a murmur3 finalizer multiply). */
export function combineHashes(a: number, b: number): number {
  const mixed = a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2));
  return Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b) >>> 0;
}

const negationSeed = hashToken("¬");

/** The feature of a word read inside a negation scope ("pas content" → ¬content). */
export function negatedHash(word: number): number {
  return combineHashes(negationSeed, word);
}

/** The feature of two consecutive words. */
export function bigramHash(previous: number, current: number): number {
  return combineHashes(previous, current);
}

/** The hash of a text feature as the scoring pass emits it: "¬word" negated, "a b" a bigram, else one token. */
export function featureHash(feature: string): number {
  const space = feature.indexOf(" ");
  if (space > 0 && !feature.startsWith("§")) {
    return bigramHash(featureHash(feature.slice(0, space)), featureHash(feature.slice(space + 1)));
  }
  return feature.startsWith("¬") ? negatedHash(hashToken(feature.slice(1))) : hashToken(feature);
}
