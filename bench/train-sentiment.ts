// Trains the French polarity and emotion models and writes src/analysis/sentiment/weights/fr.json.
//
// Usage: node bin/run-ts.js bench/train-sentiment.ts [--tune] [--epochs 10] [--rate 0.03] [--min-count 2]
//        [--emotion-min-count 1] [--decimals 2]   (the defaults are the shipped model's settings)
// Recipe (deterministic: seeded shuffles, fixed epochs; about 10 s):
//   features  textFeatures(): unigrams (negated ones apart, ¬word), bigrams, lexicon compound/positive/negative
//             sums, emotion cue counts, 5-letter word prefixes, hashed into 2^18 buckets; a bucket is kept when
//             it occurs in at least 2 training texts (polarity) or 1 (emotions); weights rounded to 2 decimals.
//   training  Adagrad (rate 0.03, 10 epochs), L2 0.01, chosen with --tune on validation parts.
//   polarity  logistic regression, no bias, trained on Allociné train (2,000 reviews, MIT) plus the XED-fr train
//             lines whose emotions are all positive (joy, trust) or all negative (anger, disgust, fear, sadness),
//             labelled accordingly; "?" is not weighed (see notPolar).
//   emotions  eight one-vs-rest logistic regressions on the XED-fr train part (CC BY 4.0); thresholds on the
//             strength tuned for F1 on the validation part. The XED-fr test part (20 %, seed in sentiment-data.ts)
//             is never read here.
// --tune prints validation figures (Allociné: 200 train reviews held out; XED-fr: the validation part) for a few
// regularisation strengths and lexicon priors instead of writing the weights.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { emotionNames } from "../src/analysis/sentiment/emotion-cues.ts";
import { hashToken } from "../src/analysis/sentiment/feature-hash.ts";
import { lexiconFeatures, textFeatures } from "../src/analysis/sentiment/features.ts";
import { lexiconFor } from "../src/analysis/sentiment/lexicon.ts";
import { bucketBits, bucketMask, type LinearModelData } from "../src/analysis/sentiment/linear-model.ts";
import { FeatureList } from "../src/analysis/sentiment/negation.ts";
import {
  type EmotionText,
  loadAllocine,
  type PolarText,
  seededRandom,
  shuffled,
  xedSplit,
} from "./sentiment-data.ts";
import { f1 } from "./sentiment-metrics.ts";

const { values: args } = parseArgs({
  options: {
    tune: { type: "boolean", default: false },
    epochs: { type: "string", default: "10" },
    rate: { type: "string", default: "0.03" },
    "min-count": { type: "string", default: "2" },
    "emotion-min-count": { type: "string", default: "1" },
    decimals: { type: "string", default: "2" },
  },
});

const lexicon = lexiconFor("fr");
const minCount = Number(args["min-count"]);
const emotionMinCount = Number(args["emotion-min-count"]);
const decimals = Number(args.decimals);
const epochs = Number(args.epochs);
const learningRate = Number(args.rate);
const polarityL2 = 1e-2;
const emotionL2 = 1e-2;
const emotionCount = emotionNames.length;

/** A text as sparse features: vocabulary indices and values (repeats merged). */
interface Sparse {
  index: Int32Array;
  value: Float64Array;
}

function featureLists(texts: readonly string[]): FeatureList[] {
  return texts.map((text) => {
    const list = new FeatureList();
    textFeatures(text, lexicon, list);
    return list;
  });
}

/** Buckets of the lexicon features, kept whatever their count. */
const lexiconBuckets = new Set(
  [
    lexiconFeatures.compound,
    lexiconFeatures.positive,
    lexiconFeatures.negative,
    ...lexiconFeatures.emotions,
  ].map((hash) => hash & bucketMask),
);

/** Bucket → dense index, for the buckets present in at least `minCount` texts. */
function vocabulary(
  lists: readonly FeatureList[],
  least = minCount,
  excluded: ReadonlySet<number> = new Set(),
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { features } of lists) {
    for (const bucket of new Set(features.map((f) => f & bucketMask)))
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const vocab = new Map<number, number>();
  for (const [bucket, count] of counts) {
    if (excluded.has(bucket)) continue;
    if (count >= least || lexiconBuckets.has(bucket)) vocab.set(bucket, vocab.size);
  }
  return vocab;
}

function toSparse(list: FeatureList, vocab: ReadonlyMap<number, number>): Sparse {
  const merged = new Map<number, number>();
  list.features.forEach((feature, i) => {
    const index = vocab.get(feature & bucketMask);
    if (index !== undefined) merged.set(index, (merged.get(index) ?? 0) + (list.values[i] ?? 0));
  });
  return { index: Int32Array.from(merged.keys()), value: Float64Array.from(merged.values()) };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Logistic regressions sharing features, one per output column, by Adagrad (Duchi, Hazan & Singer 2011) with
 * L2 applied to the weights a text touches. Returns weights[feature * outputs + output] and biases.
 */
function trainLogistic(
  docs: readonly Sparse[],
  targets: readonly (readonly number[])[],
  features: number,
  outputs: number,
  l2: number,
  fitBias: boolean,
): { weights: Float64Array; bias: Float64Array } {
  const weights = new Float64Array(features * outputs);
  const squares = new Float64Array(features * outputs);
  const bias = new Float64Array(outputs);
  const biasSquares = new Float64Array(outputs);
  if (fitBias) {
    for (let o = 0; o < outputs; o++) {
      const rate = targets.reduce((sum, t) => sum + (t[o] ?? 0), 0) / Math.max(1, targets.length);
      bias[o] = Math.log(Math.max(rate, 1e-3) / Math.max(1 - rate, 1e-3));
    }
  }
  const random = seededRandom(7);
  const order = docs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const d of shuffled(order, random)) {
      const doc = docs[d] as Sparse;
      const target = targets[d] as readonly number[];
      for (let o = 0; o < outputs; o++) {
        let z = bias[o] ?? 0;
        for (let k = 0; k < doc.index.length; k++) {
          z += (weights[(doc.index[k] as number) * outputs + o] ?? 0) * (doc.value[k] as number);
        }
        const gradient = sigmoid(z) - (target[o] ?? 0);
        for (let k = 0; k < doc.index.length; k++) {
          const at = (doc.index[k] as number) * outputs + o;
          const w = weights[at] ?? 0;
          const g = gradient * (doc.value[k] as number) + l2 * w;
          squares[at] = (squares[at] ?? 0) + g * g;
          weights[at] = w - (learningRate * g) / Math.sqrt((squares[at] ?? 0) + 1e-8);
        }
        if (fitBias) {
          biasSquares[o] = (biasSquares[o] ?? 0) + gradient * gradient;
          bias[o] = (bias[o] ?? 0) - (learningRate * gradient) / Math.sqrt((biasSquares[o] ?? 0) + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/** XED lines whose emotions all lie on one side: joy/trust → positive; anger/disgust/fear/sadness → negative. */
function polarLines(lines: readonly EmotionText[]): PolarText[] {
  const result: PolarText[] = [];
  for (const line of lines) {
    const [joy, trust, , , sadness, disgust, anger] = line.labels;
    const fear = line.labels[2];
    const positive = (joy ?? 0) + (trust ?? 0);
    const negative = (fear ?? 0) + (sadness ?? 0) + (disgust ?? 0) + (anger ?? 0);
    if (positive > 0 && negative === 0) result.push({ text: line.text, label: 1 });
    else if (negative > 0 && positive === 0) result.push({ text: line.text, label: 0 });
  }
  return result;
}

/**
 * Features the polarity model does not weigh: "?" marks rhetorical, negative questions in reviews, but in a
 * consultation a question is a question. It stays a feature of the emotions (surprise).
 */
const notPolar = new Set([hashToken("?") & bucketMask]);

function trainPolarity(texts: readonly PolarText[], l2: number) {
  const lists = featureLists(texts.map((t) => t.text));
  const vocab = vocabulary(lists, minCount, notPolar);
  const docs = lists.map((list) => toSparse(list, vocab));
  const model = trainLogistic(
    docs,
    texts.map((t) => [t.label]),
    vocab.size,
    1,
    l2,
    false,
  );
  return { vocab, weights: model.weights };
}

/** Accuracy of sign(z + prior · compound) — the lexicon prior of polarity.ts — on `texts`. */
function polarityAccuracy(
  model: { vocab: Map<number, number>; weights: Float64Array },
  texts: readonly PolarText[],
  prior = 0,
): number {
  let correct = 0;
  for (const text of texts) {
    const list = new FeatureList();
    const { compound } = textFeatures(text.text, lexicon, list);
    let z = prior * compound;
    list.features.forEach((feature, k) => {
      const index = model.vocab.get(feature & bucketMask);
      if (index !== undefined) z += (model.weights[index] ?? 0) * (list.values[k] ?? 0);
    });
    if ((z > 0 ? 1 : 0) === text.label) correct += 1;
  }
  return correct / texts.length;
}

function trainEmotions(lines: readonly EmotionText[], l2: number) {
  const lists = featureLists(lines.map((l) => l.text));
  const vocab = vocabulary(lists, emotionMinCount);
  const docs = lists.map((list) => toSparse(list, vocab));
  const model = trainLogistic(
    docs,
    lines.map((l) => l.labels),
    vocab.size,
    emotionCount,
    l2,
    true,
  );
  return { vocab, ...model };
}

/** Strengths max(0, (p − p₀)/(1 − p₀)) as in src/analysis/sentiment/emotions.ts. */
function strengths(model: ReturnType<typeof trainEmotions>, text: string): number[] {
  const list = featureLists([text])[0] as FeatureList;
  const z = Array.from(model.bias);
  list.features.forEach((feature, k) => {
    const index = model.vocab.get(feature & bucketMask);
    if (index === undefined) return;
    for (let o = 0; o < emotionCount; o++) {
      z[o] = (z[o] ?? 0) + (model.weights[index * emotionCount + o] ?? 0) * (list.values[k] ?? 0);
    }
  });
  return z.map((value, o) => {
    const base = sigmoid(model.bias[o] ?? 0);
    return Math.max(0, (sigmoid(value) - base) / (1 - base));
  });
}

/** Per emotion, the strength threshold with the best F1 on `lines`. */
function tuneThresholds(model: ReturnType<typeof trainEmotions>, lines: readonly EmotionText[]): number[] {
  const scored = lines.map((line) => strengths(model, line.text));
  return emotionNames.map((_, o) => {
    let best = 0.5;
    let bestF1 = -1;
    for (let step = 1; step < 60; step++) {
      const threshold = step / 100;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      lines.forEach((line, i) => {
        const predicted = (scored[i]?.[o] ?? 0) >= threshold;
        const expected = line.labels[o] === 1;
        if (predicted && expected) tp += 1;
        else if (predicted) fp += 1;
        else if (expected) fn += 1;
      });
      const score = f1(tp, fp, fn);
      if (score > bestF1) {
        bestF1 = score;
        best = threshold;
      }
    }
    return best;
  });
}

function emotionMacroF1(
  model: ReturnType<typeof trainEmotions>,
  thresholds: number[],
  lines: readonly EmotionText[],
) {
  const counts = emotionNames.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const line of lines) {
    const s = strengths(model, line.text);
    emotionNames.forEach((_, o) => {
      const c = counts[o] as { tp: number; fp: number; fn: number };
      const predicted = (s[o] ?? 0) >= (thresholds[o] ?? 0.5);
      if (predicted && line.labels[o]) c.tp += 1;
      else if (predicted) c.fp += 1;
      else if (line.labels[o]) c.fn += 1;
    });
  }
  return counts.reduce((sum, c) => sum + f1(c.tp, c.fp, c.fn), 0) / emotionCount;
}

function round(value: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

const allocine = await loadAllocine("train");
const xed = await xedSplit();
const xedPolar = polarLines([...xed.train, ...xed.validation]);

if (args.tune) {
  const split = shuffled(allocine, seededRandom(11));
  const held = split.slice(0, 200);
  const rest = split.slice(200);
  for (const l2 of [1e-2, 3e-2]) {
    const alone = trainPolarity(rest, l2);
    const withXed = trainPolarity([...rest, ...xedPolar], l2);
    console.log(
      `polarity l2=${l2}: allociné only ${polarityAccuracy(alone, held).toFixed(3)}, with XED lines ${polarityAccuracy(withXed, held).toFixed(3)}`,
    );
    const heldLines = polarLines(xed.validation);
    const trainLines = polarLines(xed.train);
    const onXed = trainPolarity([...rest, ...trainLines], l2);
    for (const prior of [0, 0.5, 1, 2]) {
      console.log(
        `  lexicon prior ${prior}: allociné ${polarityAccuracy(withXed, held, prior).toFixed(3)}, XED validation lines ${polarityAccuracy(onXed, heldLines, prior).toFixed(3)}`,
      );
    }
    const emotions = trainEmotions(xed.train, l2);
    const thresholds = tuneThresholds(emotions, xed.validation);
    console.log(
      `emotions l2=${l2}: validation macro-F1 ${emotionMacroF1(emotions, thresholds, xed.validation).toFixed(3)}`,
    );
  }
  process.exit(0);
}

const polarity = trainPolarity([...allocine, ...xedPolar], polarityL2);
const emotions = trainEmotions(xed.train, emotionL2);
const thresholds = tuneThresholds(emotions, xed.validation);
console.error(
  `emotion validation macro-F1 ${emotionMacroF1(emotions, thresholds, xed.validation).toFixed(3)}`,
);

// One weight row per feature: column 0 polarity, columns 1..8 the emotions (see linear-model.ts).
const weights: Record<string, number[]> = {};
const keys = [...new Set([...polarity.vocab.keys(), ...emotions.vocab.keys()])].sort((a, b) => a - b);
for (const key of keys) {
  const p = polarity.vocab.get(key);
  const e = emotions.vocab.get(key);
  const row = [
    round(p === undefined ? 0 : (polarity.weights[p] ?? 0)),
    ...emotionNames.map((_, o) => round(e === undefined ? 0 : (emotions.weights[e * emotionCount + o] ?? 0))),
  ];
  if (Math.abs(row[0] ?? 0) >= 0.005 || row.slice(1).some((w) => Math.abs(w) >= 0.01)) weights[key] = row;
}
const data: LinearModelData = {
  recipe:
    "bench/train-sentiment.ts: column 0 polarity = logistic regression on Allociné train (MIT) + polar XED-fr train " +
    "lines; columns 1-8 emotions = one-vs-rest logistic regressions on the XED-fr train part (CC BY 4.0, " +
    "Öhman et al. 2020), split seed 20261123",
  bucketBits,
  neutralBand: 0.1,
  bias: [0, ...Array.from(emotions.bias, round)],
  thresholds,
  weights,
};
const out = resolve(import.meta.dirname, "../src/analysis/sentiment/weights/fr.json");
const json = JSON.stringify(data);
await writeFile(out, `${json}\n`, "utf8");
console.error(`wrote ${out}: ${Object.keys(weights).length} features, ${json.length} bytes`);
