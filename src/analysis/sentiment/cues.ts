// Word lists that steer scoring: negations, intensifiers, contrasts, idioms, for French and English.

/** Languages the sentiment engine reads. */
export type SentimentLanguage = "fr" | "en";

/** Words that open a negation scope: the next few words have their polarity flipped. */
export const negations: Record<SentimentLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "ne",
    "pas",
    "jamais",
    "rien",
    "aucun",
    "aucune",
    "aucunement",
    "nullement",
    "sans",
    "ni",
    "guère",
    "non",
    "nan",
    "loin",
  ]),
  en: new Set([
    "not",
    "no",
    "never",
    "nothing",
    "nobody",
    "none",
    "neither",
    "nor",
    "without",
    "cannot",
    "hardly",
    "barely",
    "lack",
    "lacks",
  ]),
};

/**
 * Words a negation scope skips without spending one of its words: "pas du tout content",
 * "ne suis pas", "not at all happy".
 */
export const negationFillers: Record<SentimentLanguage, ReadonlySet<string>> = {
  fr: new Set(["du", "tout", "de", "d", "vraiment", "très", "trop", "si", "plus", "que", "le", "la", "les"]),
  en: new Set(["at", "all", "the", "a", "very", "really", "so", "too", "that", "be", "been", "is", "was"]),
};

/** How many words after a negation it reaches (punctuation and contrasts close it earlier). */
export const negationReach = 4;

/** VADER's damping of a negated valence (Hutto & Gilbert 2014: "not good" ≈ −0.74 × "good"). */
export const negationFactor = -0.74;

/** Multipliers applied to the next polar word: above 1 intensify, below 1 soften. */
export const intensifiers: Record<SentimentLanguage, ReadonlyMap<string, number>> = {
  fr: new Map([
    ["très", 1.5],
    ["trop", 1.4],
    ["vraiment", 1.4],
    ["tellement", 1.4],
    ["super", 1.5],
    ["hyper", 1.5],
    ["ultra", 1.5],
    ["méga", 1.5],
    ["extrêmement", 1.7],
    ["vachement", 1.4],
    ["carrément", 1.4],
    ["absolument", 1.5],
    ["totalement", 1.4],
    ["complètement", 1.4],
    ["entièrement", 1.3],
    ["particulièrement", 1.3],
    ["franchement", 1.2],
    ["énormément", 1.5],
    ["incroyablement", 1.6],
    ["terriblement", 1.5],
    ["sacrément", 1.4],
    ["drôlement", 1.3],
    ["bien", 1.2],
    ["si", 1.2],
    ["aussi", 1.1],
    ["assez", 0.8],
    ["plutôt", 0.8],
    ["moyennement", 0.5],
    ["légèrement", 0.6],
    ["presque", 0.7],
  ]),
  en: new Map([
    ["very", 1.5],
    ["really", 1.4],
    ["so", 1.3],
    ["too", 1.3],
    ["extremely", 1.7],
    ["totally", 1.4],
    ["absolutely", 1.5],
    ["incredibly", 1.6],
    ["super", 1.5],
    ["truly", 1.4],
    ["completely", 1.4],
    ["utterly", 1.5],
    ["highly", 1.4],
    ["most", 1.3],
    ["particularly", 1.3],
    ["quite", 1.1],
    ["fairly", 0.8],
    ["rather", 0.8],
    ["somewhat", 0.7],
    ["slightly", 0.6],
    ["almost", 0.7],
  ]),
};

/** Contrast words: what comes after them weighs more than what came before ("c'est cher mais très bon"). */
export const contrasts: Record<SentimentLanguage, ReadonlySet<string>> = {
  fr: new Set(["mais", "cependant", "pourtant", "toutefois", "néanmoins", "sauf", "malgré"]),
  en: new Set(["but", "however", "although", "though", "yet", "despite"]),
};

/** VADER's weights around a contrast: clauses before count half, clauses after one and a half. */
export const beforeContrast = 0.5;
export const afterContrast = 1.5;

/**
 * Idioms whose meaning is not the sum of their words, written as text (tokenized when loaded); matched before
 * negation. Valences on the lexicon scale, −1..1.
 */
export const idioms: Record<SentimentLanguage, ReadonlyMap<string, number>> = {
  fr: new Map([
    ["pas mal", 0.4],
    ["pas si mal", 0.3],
    ["pas mauvais", 0.3],
    ["pas mauvaise", 0.3],
    ["pas si mauvais", 0.25],
    ["pas terrible", -0.45],
    ["pas top", -0.4],
    ["pas fou", -0.35],
    ["pas ouf", -0.35],
    ["pas de souci", 0.3],
    ["pas de soucis", 0.3],
    ["pas de problème", 0.3],
    ["sans souci", 0.3],
    ["sans problème", 0.3],
    ["sans faute", 0.4],
    ["au top", 0.6],
    ["coup de cœur", 0.7],
    ["coup de coeur", 0.7],
    ["bof", -0.3],
    ["ras le bol", -0.6],
    ["en avoir marre", -0.6],
    ["j'ai hâte", 0.5],
    ["ne manquez pas", 0.4],
    ["à ne pas manquer", 0.5],
    ["n'importe quoi", -0.5],
    ["ne vaut pas le coup", -0.5],
    ["perte de temps", -0.6],
    ["grand n'importe quoi", -0.6],
  ]),
  en: new Map([
    ["not bad", 0.4],
    ["no problem", 0.3],
    ["no worries", 0.3],
    ["no doubt", 0.2],
    ["can't wait", 0.5],
    ["cannot wait", 0.5],
    ["waste of time", -0.6],
    ["must see", 0.5],
    ["fed up", -0.6],
  ]),
};
