// Loads the Allociné and XED-fr corpora from shared/data and makes the fixed, seeded XED train/test split.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";

/**
 * shared/data beside the repository (the project's checkouts keep shared/ next to them), else /work/shared/data
 * (where the Pol.is benchmark reads too): a checkout one folder deeper, as a git worktree, finds it there.
 */
export const dataDir = existsSync(resolve(import.meta.dirname, "../../shared/data"))
  ? resolve(import.meta.dirname, "../../shared/data")
  : "/work/shared/data";

/** A review with its polarity: 1 positive, 0 negative. */
export interface PolarText {
  text: string;
  label: 0 | 1;
}

/** A subtitle line with its emotions, a 0/1 flag per emotion in `emotionNames` order. */
export interface EmotionText {
  text: string;
  labels: number[];
}

export async function loadAllocine(name: "train" | "test" | "test_full"): Promise<PolarText[]> {
  const file = `${dataDir}/sentiment/allocine-sample/${name === "train" ? "train_data_allocine" : `${name === "test" ? "test_data_allocine" : "test_data_allocine_full"}`}.csv`;
  const rows = parse(await readFile(file, "utf8"), { columns: true }) as { text: string; label: string }[];
  return rows.map((row) => ({ text: row.text, label: row.label === "1" ? 1 : 0 }));
}

/** XED's label numbers (1 anger … 8 trust) → index in emotionNames (joy, trust, fear, surprise, sadness, disgust, anger, anticipation). */
const xedToIndex: Record<string, number> = { 1: 6, 2: 7, 3: 5, 4: 2, 5: 0, 6: 4, 7: 3, 8: 1 };

/**
 * All 7,303 clean XED-fr lines (records swallowing OPUS metadata dropped), first occurrence of each text only
 * (later duplicates, compared lower-cased and trimmed, are dropped so that no line sits on both sides of the split).
 */
export async function loadXed(): Promise<EmotionText[]> {
  const text = await readFile(`${dataDir}/sentiment/xed-fr-emotions/fr-projections.tsv`, "utf8");
  const records = parse(text, {
    delimiter: "\t",
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
  const seen = new Set<string>();
  const result: EmotionText[] = [];
  for (const [sentence, labelText] of records) {
    if (!sentence || !labelText || sentence.includes(".xml.gz")) continue;
    const key = sentence.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const labels = new Array<number>(8).fill(0);
    for (const part of labelText.split(",")) {
      const index = xedToIndex[part.trim()];
      if (index !== undefined) labels[index] = 1;
    }
    result.push({ text: sentence, labels });
  }
  return result;
}

/** Mulberry32: a small seeded generator, so every split and shuffle is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** The seed of the XED-fr split; changing it changes the held-out test set. */
export const xedSeed = 20_261_123;

/**
 * The fixed XED-fr split: shuffle with `xedSeed`, then 80 % train (of which the last eighth is the validation
 * part used to tune thresholds) and 20 % test, never seen in training.
 */
export async function xedSplit(): Promise<{
  train: EmotionText[];
  validation: EmotionText[];
  test: EmotionText[];
}> {
  const all = shuffled(await loadXed(), seededRandom(xedSeed));
  const testSize = Math.round(all.length * 0.2);
  const test = all.slice(0, testSize);
  const rest = all.slice(testSize);
  const validationSize = Math.round(rest.length / 8);
  return {
    train: rest.slice(0, rest.length - validationSize),
    validation: rest.slice(rest.length - validationSize),
    test,
  };
}

/**
 * English XED lines (CC BY 4.0, bench/data/xed-en): the first half calibrates the emotion thresholds, the second
 * half measures them. The sample is already shuffled (see its PROVENANCE.md).
 */
export async function xedEnglishSplit(): Promise<{ validation: EmotionText[]; test: EmotionText[] }> {
  const text = await readFile(resolve(import.meta.dirname, "data/xed-en/sample.tsv"), "utf8");
  const lines: EmotionText[] = [];
  for (const row of text.split("\n")) {
    const [sentence, labelText] = row.split("\t");
    if (!sentence || !labelText) continue;
    const labels = new Array<number>(8).fill(0);
    for (const part of labelText.split(",")) {
      const index = xedToIndex[part.trim()];
      if (index !== undefined) labels[index] = 1;
    }
    lines.push({ text: sentence, labels });
  }
  const half = Math.floor(lines.length / 2);
  return { validation: lines.slice(0, half), test: lines.slice(half) };
}

/** The Allociné evaluation sets: test (400) and test_full (1,000) less the reviews also in train. */
export async function allocineEvaluation(): Promise<{ test: PolarText[]; testFull: PolarText[] }> {
  const train = new Set((await loadAllocine("train")).map((review) => review.text));
  const testFull = (await loadAllocine("test_full")).filter((review) => !train.has(review.text));
  return { test: await loadAllocine("test"), testFull };
}
