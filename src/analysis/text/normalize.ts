// Normalizes contribution text before tokenization: Unicode NFC, lower case, one apostrophe, no links.

const apostrophes = /[\u2019\u2018\u02bc\u0060\u00b4\uff07]/g;
const links = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|[@#](?=\p{L})/gu;
const marks = /\p{M}+/gu;

/**
 * Returns the text in NFC, lower-cased, with typographic apostrophes (’ ʼ ‘) turned into ', and links,
 * e-mail addresses and the @/# signs of mentions and hashtags removed (the word after # is kept).
 */
export function normalizeText(text: string): string {
  const lower = text.normalize("NFC").toLowerCase().replace(apostrophes, "'");
  // The link pattern is slow; most texts have no link, mention or hashtag.
  const mayLink =
    lower.includes("http") || lower.includes("www.") || lower.includes("@") || lower.includes("#");
  return mayLink ? lower.replace(links, " ") : lower;
}

/** Removes diacritics ("électricité" → "electricite"), so texts typed without accents meet the others. */
export function foldAccents(word: string): string {
  // Most words are plain ASCII: skip the two normalizations for them.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) return word.normalize("NFD").replace(marks, "").normalize("NFC");
  }
  return word;
}
