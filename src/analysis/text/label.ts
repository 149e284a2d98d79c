// Names each group: its most distinctive terms, put back into the words people wrote ("pistes cyclables").
import { holdsFiller } from "./filler-words.ts";
import type { SparseMatrix } from "./sparse.ts";

/** What labelling needs to know of the vocabulary and the documents' words. */
export interface LabelSource {
  /** Weighted documents × kept terms. */
  matrix: SparseMatrix;
  /** Original term id of each kept term. */
  kept: Int32Array;
  /** Per original term: -1 for a unigram, else the first word's unigram id. */
  termFirst: Int32Array;
  /** Per original term: the unigram id itself, or the bigram's second word. */
  termSecond: Int32Array;
  surfaceWords: string[];
  surfaceTerm: Int32Array;
  tokens: Int32Array;
  tokenStart: Int32Array;
}

export interface GroupDescription {
  label: string;
  keywords: string[];
}

/** Candidate terms scored per group before surface forms are looked up. */
const candidatesPerGroup = 24;
/** Texts read per group to find surface forms: enough to know how people write a term, bounded on huge groups. */
const surfaceTextsPerGroup = 5_000;

/**
 * Scores each kept term for each group by its mean TF-IDF weight inside the group minus its mean weight
 * outside (distinctive and frequent), keeps the best `keywordCount` with bigrams absorbing their words,
 * and writes each term as the surface form most frequent in the group's own texts. Terms holding a word of
 * opinion or politeness (`filler-words.ts`: "pense", "propose", "please") are left out, so labels are noun
 * phrases. The label is the first bigram among the three best keywords, else the best keyword.
 */
export function describeGroups(
  source: LabelSource,
  assignment: Int32Array,
  groups: number,
  keywordCount = 8,
): GroupDescription[] {
  const { matrix } = source;
  const m = matrix.cols;
  const sums = new Float64Array(groups * m);
  const total = new Float64Array(m);
  const sizes = new Int32Array(groups);
  for (let i = 0; i < matrix.rows; i++) {
    const g = assignment[i] as number;
    const end = matrix.rowPtr[i + 1] as number;
    for (let p = matrix.rowPtr[i] as number; p < end; p++) {
      const t = matrix.colIdx[p] as number;
      const w = matrix.values[p] as number;
      total[t] = (total[t] as number) + w;
      if (g >= 0) sums[g * m + t] = (sums[g * m + t] as number) + w;
    }
    if (g >= 0) sizes[g]! += 1;
  }
  const rows = matrix.rows;
  const candidates: number[][] = [];
  for (let g = 0; g < groups; g++) {
    const size = Math.max(1, sizes[g] as number);
    const others = Math.max(1, rows - size);
    const scored: { term: number; score: number }[] = [];
    for (let t = 0; t < m; t++) {
      const inside = sums[g * m + t] as number;
      if (inside === 0) continue;
      const score = inside / size - ((total[t] as number) - inside) / others;
      if (score > 0) scored.push({ term: t, score });
    }
    scored.sort((a, b) => b.score - a.score || a.term - b.term);
    candidates.push(scored.slice(0, candidatesPerGroup).map((entry) => entry.term));
  }
  const surfaces = surfaceForms(source, assignment, candidates);
  return candidates.map((terms, g) =>
    pickKeywords(source, terms, surfaces[g] as Map<number, string>, keywordCount),
  );
}

function pickKeywords(
  source: LabelSource,
  terms: number[],
  surface: Map<number, string>,
  keywordCount: number,
): GroupDescription {
  const chosen: number[] = [];
  const covered = new Set<number>();
  for (const term of terms) {
    if (chosen.length >= keywordCount) break;
    if (!surface.has(term) || holdsFiller(surface.get(term) as string)) continue;
    const original = source.kept[term] as number;
    const first = source.termFirst[original] as number;
    const second = source.termSecond[original] as number;
    if (first < 0) {
      if (covered.has(second)) continue;
      covered.add(second);
      chosen.push(term);
    } else {
      // A bigram absorbs its words chosen earlier.
      for (let c = chosen.length - 1; c >= 0; c--) {
        const word = source.kept[chosen[c] as number] as number;
        if ((source.termFirst[word] as number) < 0 && (word === first || word === second))
          chosen.splice(c, 1);
      }
      covered.add(first);
      covered.add(second);
      chosen.push(term);
    }
  }
  const keywords = [...new Set(chosen.map((term) => surface.get(term) as string))];
  const phrase = chosen
    .slice(0, 3)
    .find((term) => (source.termFirst[source.kept[term] as number] as number) >= 0);
  const label = phrase !== undefined ? (surface.get(phrase) as string) : (keywords[0] ?? "");
  return { label, keywords };
}

/**
 * For each group's candidate terms, the most frequent way its texts write them (ties: first seen), read from
 * the group's first 5,000 texts.
 */
function surfaceForms(
  source: LabelSource,
  assignment: Int32Array,
  candidates: number[][],
): Map<number, string>[] {
  const { kept, termFirst, termSecond, surfaceWords, surfaceTerm, tokens, tokenStart } = source;
  // Per group: original unigram id or bigram pair key → kept term.
  const pairBase = 2 ** 26;
  const wanted = candidates.map((terms) => {
    const map = new Map<number, number>();
    for (const term of terms) {
      const original = kept[term] as number;
      const first = termFirst[original] as number;
      const second = termSecond[original] as number;
      map.set(first < 0 ? -1 - second : first * pairBase + second, term);
    }
    return map;
  });
  const counts = candidates.map(() => new Map<number, Map<string, number>>());
  const textsRead = new Int32Array(candidates.length);
  const bump = (g: number, term: number, text: string) => {
    const perTerm = counts[g] as Map<number, Map<string, number>>;
    let forms = perTerm.get(term);
    if (!forms) {
      forms = new Map();
      perTerm.set(term, forms);
    }
    forms.set(text, (forms.get(text) ?? 0) + 1);
  };
  for (let i = 0; i < assignment.length; i++) {
    const g = assignment[i] as number;
    if (g < 0 || (textsRead[g] as number) >= surfaceTextsPerGroup) continue;
    textsRead[g]! += 1;
    const map = wanted[g] as Map<number, number>;
    const end = tokenStart[i + 1] as number;
    let previous = -1;
    let previousAt = -1;
    for (let p = tokenStart[i] as number; p < end; p++) {
      const surface = tokens[p] as number;
      if (surface < 0) {
        previous = -1;
        continue;
      }
      const unigram = surfaceTerm[surface] as number;
      if (unigram < 0) continue;
      const single = map.get(-1 - unigram);
      if (single !== undefined) bump(g, single, surfaceWords[surface] as string);
      if (previous >= 0 && p - previousAt <= 3) {
        const pair = map.get(previous * pairBase + unigram);
        if (pair !== undefined) bump(g, pair, joinWords(surfaceWords, tokens, previousAt, p));
      }
      previous = unigram;
      previousAt = p;
    }
  }
  return counts.map((perTerm) => {
    const best = new Map<number, string>();
    for (const [term, forms] of perTerm) {
      let top = "";
      let topCount = 0;
      for (const [text, count] of forms) {
        if (count > topCount) {
          top = text;
          topCount = count;
        }
      }
      best.set(term, top);
    }
    return best;
  });
}

/** The words from position `from` to `to` inclusive, with elided forms ("l'") glued to the next word. */
function joinWords(surfaceWords: string[], tokens: Int32Array, from: number, to: number): string {
  let text = "";
  for (let p = from; p <= to; p++) {
    const word = surfaceWords[tokens[p] as number] as string;
    text += text === "" || text.endsWith("'") ? word : ` ${word}`;
  }
  return text;
}
