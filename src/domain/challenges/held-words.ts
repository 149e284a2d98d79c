// Words that hold a new idea or comment for review before anyone but its author and the moderators sees it.
//
// Source and licence: these short lists were written for Cocrea and are distributed under the project's licence.
// They hold common insults and slurs in French and in English; they are a first filter, not a judgment: a moderator
// releases what was held by mistake. Words are matched whole, ignoring case and accents ("Connard" and "cônnard"
// match "connard", "sconnard" does not).

/** French insults and slurs, written without accents. */
export const frenchHeldWords: readonly string[] = [
  "abruti",
  "abrutie",
  "batard",
  "batarde",
  "bouffon",
  "bouffonne",
  "connard",
  "connasse",
  "con",
  "conne",
  "couillon",
  "cretin",
  "cretine",
  "debile",
  "enculé",
  "encule",
  "enfoire",
  "enfoiree",
  "fdp",
  "gogol",
  "golmon",
  "grognasse",
  "imbecile",
  "merdeux",
  "merdeuse",
  "negro",
  "pd",
  "pede",
  "petasse",
  "poufiasse",
  "pouffiasse",
  "pute",
  "putain",
  "raclure",
  "salaud",
  "salope",
  "tapette",
  "trouduc",
  "youpin",
  "bougnoule",
  "crevure",
  "ordure",
];

/** English insults and slurs. */
export const englishHeldWords: readonly string[] = [
  "arsehole",
  "asshole",
  "bastard",
  "bitch",
  "bollocks",
  "bullshit",
  "chink",
  "cock",
  "cocksucker",
  "crap",
  "cunt",
  "dick",
  "dickhead",
  "dipshit",
  "douchebag",
  "dumbass",
  "dyke",
  "fag",
  "faggot",
  "fuck",
  "fucker",
  "fucking",
  "idiot",
  "jackass",
  "kike",
  "moron",
  "motherfucker",
  "nigger",
  "nigga",
  "prick",
  "pussy",
  "retard",
  "retarded",
  "shit",
  "shithead",
  "slut",
  "spic",
  "twat",
  "wanker",
  "whore",
  "wetback",
  "tranny",
];

/** Lower case without accents, so that "Crétin" and "CRETIN" are the same word. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const heldWords: ReadonlySet<string> = new Set([...frenchHeldWords, ...englishHeldWords].map(foldWord));

/** The held words a text contains, matched on whole words (or their plural), ignoring case and accents. */
export function heldWordsIn(...texts: Array<string | null | undefined>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of foldWord(text ?? "").match(/[\p{L}\p{N}]+/gu) ?? []) {
      // A plural in s or x holds as its singular does ("crétins", "idiots").
      const singular = /[sx]$/.test(word) ? word.slice(0, -1) : word;
      if (heldWords.has(word)) found.add(word);
      else if (heldWords.has(singular)) found.add(singular);
    }
  }
  return [...found];
}
