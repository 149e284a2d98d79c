// Splits normalized text into words, French elisions, emoji and sentence breaks.

/** A word, an elided article or pronoun ("l'", "qu'"), or an emoji; `null` marks a sentence or clause break. */
export type Token = string | null;

const pattern = /([\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*)|(\p{Extended_Pictographic})|[.,;:!?()[\]«»"\n]+/gu;

/** French elisions: the part before the apostrophe is a word of its own ("l'environnement" → "l'", "environnement"). */
const elisions = new Set([
  "l",
  "d",
  "j",
  "m",
  "n",
  "s",
  "t",
  "c",
  "qu",
  "jusqu",
  "lorsqu",
  "puisqu",
  "quoiqu",
]);
/** Words whose apostrophe belongs to them. */
const whole = new Set(["aujourd'hui", "prud'homme", "prud'hommes", "presqu'île"]);

/**
 * Tokenizes text already passed through normalizeText. Letters and digits make words (hyphens split them);
 * pure numbers are dropped; "l'", "d'", "qu'"… become tokens of their own; English
 * clitics are dropped ("people's" → "people"); each emoji is a token; punctuation that ends a clause (and the comma) gives `null`.
 */
export function tokenize(text: string, into: Token[] = []): Token[] {
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  while (match !== null) {
    const raw = match[1];
    if (raw === undefined) {
      if (match[2] !== undefined) into.push(match[2]);
      else if (into.length > 0 && into[into.length - 1] !== null) into.push(null);
    } else if (raw.includes("'") && !whole.has(raw)) {
      const cut = raw.indexOf("'");
      const head = raw.slice(0, cut);
      if (elisions.has(head)) {
        into.push(`${head}'`);
        pushWord(raw.slice(cut + 1).replace(/'.*$/, ""), into);
      } else {
        pushWord(head, into);
      }
    } else {
      pushWord(raw, into);
    }
    match = pattern.exec(text);
  }
  return into;
}

function pushWord(word: string, into: Token[]): void {
  if (word.length === 0) return;
  const code = word.charCodeAt(0);
  if (code >= 48 && code <= 57 && /^\p{N}+$/u.test(word)) return;
  into.push(word);
}
