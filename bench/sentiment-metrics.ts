// Accuracy and F1 figures for the sentiment evaluation and training scripts.

/** Share of equal pairs. */
export function accuracy(predicted: readonly string[], expected: readonly string[]): number {
  let same = 0;
  for (let i = 0; i < expected.length; i++) if (predicted[i] === expected[i]) same += 1;
  return expected.length === 0 ? 0 : same / expected.length;
}

/** F1 of one class from counts; 0 when the class is never predicted nor present. */
export function f1(truePositive: number, falsePositive: number, falseNegative: number): number {
  const denominator = 2 * truePositive + falsePositive + falseNegative;
  return denominator === 0 ? 0 : (2 * truePositive) / denominator;
}

/** Macro-F1 over the classes of `expected` (a predicted class never expected, e.g. "neutral", only costs recall). */
export function macroF1(predicted: readonly string[], expected: readonly string[]): number {
  const classes = [...new Set(expected)];
  let sum = 0;
  for (const label of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < expected.length; i++) {
      if (predicted[i] === label && expected[i] === label) tp += 1;
      else if (predicted[i] === label) fp += 1;
      else if (expected[i] === label) fn += 1;
    }
    sum += f1(tp, fp, fn);
  }
  return classes.length === 0 ? 0 : sum / classes.length;
}

/** Per-label F1, their mean (macro) and the F1 of pooled counts (micro) for multilabel 0/1 matrices (rows = texts). */
export function multilabelF1(
  predicted: readonly (readonly number[])[],
  expected: readonly (readonly number[])[],
): { macro: number; micro: number; perLabel: number[] } {
  const labels = expected[0]?.length ?? 0;
  const perLabel: number[] = [];
  const total = { tp: 0, fp: 0, fn: 0 };
  for (let l = 0; l < labels; l++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < expected.length; i++) {
      const p = predicted[i]?.[l] ?? 0;
      const e = expected[i]?.[l] ?? 0;
      if (p && e) tp += 1;
      else if (p) fp += 1;
      else if (e) fn += 1;
    }
    perLabel.push(f1(tp, fp, fn));
    total.tp += tp;
    total.fp += fp;
    total.fn += fn;
  }
  const macro = perLabel.reduce((a, b) => a + b, 0) / Math.max(1, labels);
  return { macro, micro: f1(total.tp, total.fp, total.fn), perLabel };
}
