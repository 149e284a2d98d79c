// Splits a text into lower-cased word, emoji, emoticon and punctuation tokens in one pass, keeping negations.

/**
 * French elided clitics (l', d', j', n', qu'…) are emitted as tokens of their own; `n'` becomes `ne` so the
 * negation rules see it. Nothing is removed: stop words carry negation and intensity ("pas", "très").
 */
const clitics: ReadonlyMap<string, string> = new Map([
  ["l", "l"],
  ["d", "de"],
  ["j", "je"],
  ["n", "ne"],
  ["m", "me"],
  ["t", "te"],
  ["s", "se"],
  ["c", "ce"],
  ["qu", "que"],
  ["jusqu", "jusque"],
  ["lorsqu", "lorsque"],
  ["puisqu", "puisque"],
]);

/** Punctuation tokens: "." ends a clause (. ; : …), "," a phrase; "!" and "?" are kept for emphasis. */
export const clauseEnd = ".";
export const phraseEnd = ",";

const emoticonEyes = new Set([":", ";", "="]);
const emoticonMouths = new Set([")", "(", "d", "p", "/", "|", "]", "[", "o", "*"]);

function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  // Latin-1 letters, Latin Extended, Greek, Cyrillic…: everything below the general punctuation block
  // except × and ÷; combining accents (U+0300–U+036F) stay inside the word.
  return code < 0x2000 && code !== 0xd7 && code !== 0xf7 && code !== 0xab && code !== 0xbb && code >= 0xc0;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Pictographs in the Basic Multilingual Plane that people use as emoji (☺ ♥ ❤ ✨ ✌ ⭐). */
function isBmpEmoji(code: number): boolean {
  return (code >= 0x2600 && code <= 0x27bf) || code === 0x2b50 || code === 0x2b55 || code === 0x2764;
}

/**
 * Tokenizes `text`: lower-cased words (accents kept, recomposed to NFC, letters stretched three times or more
 * written once: "trooop" → "trop"), French elisions split (`l'équipe` → `l`, `équipe`;
 * `n'est` → `ne`, `est`), English `n't` → `not`, one token per emoji (skin tones and joiners dropped),
 * common emoticons (`:)`, `:-(`, `<3`) and punctuation as `.`, `,`, `!`, `?`.
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  const n = lower.length;
  let start = -1;
  let decomposed = false;
  let elongated = false;
  let run = 0;
  const flush = (end: number): void => {
    if (start >= 0) {
      let word = lower.slice(start, end);
      if (decomposed) word = word.normalize("NFC");
      if (elongated) word = collapseElongation(word);
      tokens.push(word);
      start = -1;
      decomposed = false;
      elongated = false;
    }
  };
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i);
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        run = 1;
      } else if (code === lower.charCodeAt(i - 1) && code > 0x39) {
        run += 1;
        if (run === 3) elongated = true;
      } else {
        run = 1;
      }
      // A combining accent (e + ◌́ typed or pasted decomposed): the word is recomposed so the lexicon knows it.
      if (code >= 0x300 && code <= 0x36f) decomposed = true;
      continue;
    }
    if (isApostrophe(code) && start >= 0) {
      const word = lower.slice(start, i);
      const clitic = clitics.get(word);
      const next = i + 1 < n ? lower.charCodeAt(i + 1) : 0;
      if (clitic !== undefined && isWordChar(next)) {
        tokens.push(clitic);
        start = -1;
        continue;
      }
      // English negative contraction: "don't", "isn't", "can't" → do/is/ca + not.
      if (word.length > 1 && word.endsWith("n") && next === 116 && !isWordChar(lower.charCodeAt(i + 2))) {
        tokens.push(word.slice(0, -1), "not");
        start = -1;
        i += 1;
        continue;
      }
      flush(i);
      continue;
    }
    flush(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = lower.charCodeAt(i + 1);
      // U+1F3FB–U+1F3FF are skin-tone modifiers: they change no meaning.
      if (!(code === 0xd83c && low >= 0xdffb && low <= 0xdfff)) tokens.push(lower.slice(i, i + 2));
      i += 1;
      continue;
    }
    if (isBmpEmoji(code)) {
      tokens.push(lower[i] as string);
      continue;
    }
    switch (code) {
      case 0x21: // !
        tokens.push("!");
        break;
      case 0x3f: // ?
        tokens.push("?");
        break;
      case 0x2e: // .
      case 0x2026: // …
        if (tokens[tokens.length - 1] !== clauseEnd) tokens.push(clauseEnd);
        break;
      case 0x3a: // :
      case 0x3b: // ;
      case 0x3d: // =
        i = readEmoticon(lower, i, tokens);
        break;
      case 0x2c: // ,
        tokens.push(phraseEnd);
        break;
      case 0x3c: // <3
        if (lower.charCodeAt(i + 1) === 0x33) {
          tokens.push("<3");
          i += 1;
        }
        break;
      default:
        break;
    }
  }
  flush(n);
  return tokens;
}

/** "trooop" → "trop", "géniaaal" → "génial": letters repeated three times or more are written once. */
function collapseElongation(word: string): string {
  let result = "";
  let i = 0;
  while (i < word.length) {
    let j = i + 1;
    while (j < word.length && word[j] === word[i]) j++;
    result += j - i >= 3 ? word[i] : word.slice(i, j);
    i = j;
  }
  return result;
}

/** Reads `:)`, `:-(`, `;p`, `=d`… at `i`; otherwise emits a clause end for `:`/`;`. Returns the last index read. */
function readEmoticon(text: string, i: number, tokens: string[]): number {
  const eyes = text[i] as string;
  let j = i + 1;
  if (text[j] === "-" || text[j] === "'") j += 1;
  const mouth = text[j];
  const after = text.charCodeAt(j + 1);
  if (emoticonEyes.has(eyes) && mouth !== undefined && emoticonMouths.has(mouth) && !isWordChar(after)) {
    tokens.push(`${eyes}${mouth}`);
    return j;
  }
  if (eyes !== "=" && tokens[tokens.length - 1] !== clauseEnd) tokens.push(clauseEnd);
  return i;
}
