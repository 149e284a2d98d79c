// Turns a stream of texts into a document-term count matrix of stems and bigrams, keeping the surface words.
import { type Language, languageOfCounts, markerCounts } from "./detect-language.ts";
import { Float32List, Int32List } from "./growable.ts";
import { normalizeText } from "./normalize.ts";
import { PairMap } from "./pair-map.ts";
import type { SparseMatrix } from "./sparse.ts";
import { createStemmer } from "./stem.ts";
import { stopWords } from "./stop-words.ts";
import { type Token, tokenize } from "./tokenize.ts";

export const languageCodes: readonly Language[] = ["fr", "en", "de"];

/** Longest word kept, in UTF-16 units: longer runs are pasted links, hashes or keyboard noise. */
const maxWordLength = 40;
/** At most this many stop words may sit between the two words of a bigram ("protection des données"). */
const maxBigramGap = 2;

/** What the builder collected: counts plus everything needed to put words back on stems. */
export interface Corpus {
  /** Documents × terms, raw counts. */
  counts: SparseMatrix;
  /** Per term: -1 for a unigram, else the unigram id of the bigram's first word. */
  termFirst: Int32Array;
  /** Per term: the unigram id itself, or the bigram's second word. */
  termSecond: Int32Array;
  /** Surface words (lower-case, accents kept) and their unigram term, -1 for stop words. */
  surfaceWords: string[];
  surfaceTerm: Int32Array;
  /** Every document's tokens as surface ids, -1 at clause breaks: document i at [tokenStart[i], tokenStart[i+1]). */
  tokens: Int32Array;
  tokenStart: Int32Array;
  /** Index into languageCodes of each document's language. */
  languages: Uint8Array;
}

/**
 * Streams texts into a count matrix. Each text is normalized, tokenized, its language detected (or fixed),
 * stop words dropped, words stemmed (cached per distinct word), and adjacent content words paired as bigrams.
 * Memory is a few flat typed arrays plus one map entry per distinct word, stem and bigram.
 */
export class CorpusBuilder {
  /** Every distinct word seen: its entry, whose language markers and per-language surface id are below. */
  private readonly entries = new Map<string, number>();
  private readonly entryMarkers = new Int32List();
  private readonly entrySurface: Int32List[] = languageCodes.map(() => new Int32List());
  private entryScratch = new Int32Array(1024);
  private readonly stemmers = new Map<Language, (word: string) => string>();
  private readonly unigramIds = new Map<string, number>();
  private readonly bigramIds = new PairMap();
  private readonly termFirst = new Int32List();
  private readonly termSecond = new Int32List();
  private readonly surfaceWords: string[] = [];
  private readonly surfaceTerm = new Int32List();
  private readonly tokens = new Int32List(1 << 16);
  private readonly tokenStart = new Int32List();
  // The matrix lives in shared memory so the SVD can sweep it from several threads without a copy.
  private readonly rowPtr = new Int32List(1024, true);
  private readonly colIdx = new Int32List(1 << 16, true);
  private readonly values = new Float32List(1 << 16, true);
  private readonly languages: number[] = [];
  private readonly languageTotals = [0, 0, 0];
  private readonly words: Token[] = [];
  private scratch = new Int32Array(1024);

  /** `language` fixes every text's language; "auto" detects it per text, undecided ones take the majority so far. */
  constructor(private readonly language: Language | "auto" = "auto") {
    this.tokenStart.push(0);
    this.rowPtr.push(0);
  }

  /** Number of documents added. */
  get size(): number {
    return this.languages.length;
  }

  /** Adds one document (an empty text makes an empty row). */
  add(text: string): void {
    const words = this.words;
    words.length = 0;
    tokenize(normalizeText(text), words);
    // One hash lookup per word: its entry gives the language markers, then the surface id.
    if (this.entryScratch.length < words.length) this.entryScratch = new Int32Array(words.length * 2);
    const ids = this.entryScratch;
    let fr = 0;
    let en = 0;
    let de = 0;
    for (let j = 0; j < words.length; j++) {
      const word = words[j] as Token;
      if (word === null) {
        ids[j] = -1;
        continue;
      }
      let entry = this.entries.get(word);
      if (entry === undefined) {
        entry = this.entryMarkers.length;
        this.entries.set(word, entry);
        this.entryMarkers.push(markerCounts(word));
        for (const list of this.entrySurface) list.push(-1);
      }
      ids[j] = entry;
      const markers = this.entryMarkers.data[entry] as number;
      fr += markers & 3;
      en += (markers >> 2) & 3;
      de += (markers >> 4) & 3;
    }
    const language = this.language === "auto" ? languageOfCounts(fr, en, de, this.majority()) : this.language;
    const languageIndex = languageCodes.indexOf(language);
    this.languages.push(languageIndex);
    this.languageTotals[languageIndex]! += 1;
    const surfaces = this.entrySurface[languageIndex] as Int32List;
    this.lexiconOf(language);

    let termCount = 0;
    let previous = -1;
    let gap = 0;
    for (let j = 0; j < words.length; j++) {
      const entry = ids[j] as number;
      if (entry < 0) {
        this.tokens.push(-1);
        previous = -1;
        continue;
      }
      let surface = surfaces.data[entry] as number;
      if (surface < 0) {
        surface = this.newSurface(words[j] as string, language);
        surfaces.data[entry] = surface;
      }
      this.tokens.push(surface);
      const term = this.surfaceTerm.data[surface] as number;
      if (term < 0) {
        gap += 1;
        continue;
      }
      if (termCount + 2 > this.scratch.length) {
        const bigger = new Int32Array(this.scratch.length * 2);
        bigger.set(this.scratch);
        this.scratch = bigger;
      }
      this.scratch[termCount++] = term;
      if (previous >= 0 && previous !== term && gap <= maxBigramGap) {
        this.scratch[termCount++] = this.bigramOf(previous, term);
      }
      previous = term;
      gap = 0;
    }
    this.tokenStart.push(this.tokens.length);
    this.pushRow(termCount);
  }

  /** The collected corpus; the builder must not be used afterwards. */
  finish(): Corpus {
    const rows = this.languages.length;
    return {
      counts: {
        rows,
        cols: this.termSecond.length,
        rowPtr: this.rowPtr.data.subarray(0, this.rowPtr.length),
        colIdx: this.colIdx.data.subarray(0, this.colIdx.length),
        values: this.values.data.subarray(0, this.values.length),
      },
      termFirst: this.termFirst.toArray(),
      termSecond: this.termSecond.toArray(),
      surfaceWords: this.surfaceWords,
      surfaceTerm: this.surfaceTerm.toArray(),
      tokens: this.tokens.data.subarray(0, this.tokens.length),
      tokenStart: this.tokenStart.data.subarray(0, this.tokenStart.length),
      languages: Uint8Array.from(this.languages),
    };
  }

  /**
   * A stable key per term id, the same in every builder: a unigram's stem, or a bigram's two stems joined by a
   * space. Models fitted on one corpus (e.g. topic centroids) use it to read texts of another.
   */
  termKeys(): string[] {
    const stems: string[] = [];
    for (const [stem, id] of this.unigramIds) stems[id] = stem;
    const keys: string[] = new Array(this.termSecond.length);
    for (let t = 0; t < this.termSecond.length; t++) {
      const first = this.termFirst.data[t] as number;
      const second = this.termSecond.data[t] as number;
      keys[t] = first < 0 ? (stems[second] as string) : `${stems[first]} ${stems[second]}`;
    }
    return keys;
  }

  /** Documents per language so far. */
  languageCounts(): Record<Language, number> {
    return { fr: this.languageTotals[0]!, en: this.languageTotals[1]!, de: this.languageTotals[2]! };
  }

  private majority(): Language {
    const [fr, en, de] = this.languageTotals as [number, number, number];
    if (fr >= en && fr >= de) return "fr";
    return en >= de ? "en" : "de";
  }

  private lexiconOf(language: Language): void {
    if (!this.stemmers.has(language)) this.stemmers.set(language, createStemmer(language));
  }

  private newSurface(word: string, language: Language): number {
    const id = this.surfaceWords.length;
    this.surfaceWords.push(word);
    let term = -1;
    if (
      (word.length >= 2 || word.charCodeAt(0) >= 0x2000) &&
      word.length <= maxWordLength &&
      !stopWords[language].has(word) &&
      !word.endsWith("'")
    ) {
      const stem = (this.stemmers.get(language) as (word: string) => string)(word);
      term = this.unigramIds.get(stem) ?? -1;
      if (term < 0) {
        term = this.termSecond.length;
        this.unigramIds.set(stem, term);
        this.termFirst.push(-1);
        this.termSecond.push(term);
      }
    }
    this.surfaceTerm.push(term);
    return id;
  }

  private bigramOf(first: number, second: number): number {
    let term = this.bigramIds.get(first, second);
    if (term < 0) {
      term = this.termSecond.length;
      this.bigramIds.set(first, second, term);
      this.termFirst.push(first);
      this.termSecond.push(second);
    }
    return term;
  }

  /** Sorts the document's term ids and appends them as (term, count) entries. */
  private pushRow(termCount: number): void {
    const terms = this.scratch.subarray(0, termCount).sort();
    this.colIdx.reserve(termCount);
    let i = 0;
    while (i < termCount) {
      const term = terms[i] as number;
      let j = i + 1;
      while (j < termCount && terms[j] === term) j++;
      this.colIdx.push(term);
      this.values.push(j - i);
      i = j;
    }
    this.rowPtr.push(this.colIdx.length);
  }
}
