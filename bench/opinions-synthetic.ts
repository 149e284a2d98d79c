// Synthetic vote matrices drawn from the statistics of real Pol.is conversations, for the scale benchmark.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createRandom, type RandomSource } from "../src/analysis/random.ts";

/** What the real conversations say, pooled over every participants-votes.csv with Pol.is's group-id. */
export interface RealStatistics {
  conversations: number;
  /** Share of agree, disagree and pass among all votes cast. */
  shares: { agree: number; disagree: number; pass: number };
  /** Each participant's votes as a fraction of the conversation's statements. */
  participantFractions: number[];
  /** Each statement's vote count divided by its conversation's mean (how unevenly statements are shown). */
  statementWeights: number[];
  /** Per statement, Pol.is group 0's then group 1's agree and disagree rates (4 numbers per statement). */
  profiles: number[];
  /** Share of the larger of Pol.is's two groups, per conversation. */
  largerGroupShares: number[];
}

/** Reads the statistics from the conversations' participants-votes.csv files. */
export async function realStatistics(root: string, names: readonly string[]): Promise<RealStatistics> {
  const stats: RealStatistics = {
    conversations: 0,
    shares: { agree: 0, disagree: 0, pass: 0 },
    participantFractions: [],
    statementWeights: [],
    profiles: [],
    largerGroupShares: [],
  };
  let agree = 0;
  let disagree = 0;
  let pass = 0;
  for (const name of names) {
    const file = join(root, name, "participants-votes.csv");
    if (!(await stat(file).catch(() => undefined))) continue;
    const lines = (await readFile(file, "utf8")).split("\n").filter((l) => l.trim() !== "");
    const header = lines[0]!.split(",");
    const groupColumn = header.indexOf("group-id");
    const statementColumns = header.flatMap((h, i) => (/^\d+$/.test(h) ? [i] : []));
    const counts = new Float64Array(statementColumns.length);
    // per group (0, 1) and statement: agree, disagree, seen
    const byGroup = [0, 1].map(() => new Float64Array(statementColumns.length * 3));
    const groupSizes = [0, 0];
    for (const line of lines.slice(1)) {
      const cells = line.split(",");
      const group = Number(cells[groupColumn]);
      const g = cells[groupColumn] === "" ? -1 : group;
      if (g === 0 || g === 1) groupSizes[g]! += 1;
      let n = 0;
      statementColumns.forEach((c, j) => {
        const cell = cells[c] ?? "";
        if (cell === "") return;
        n += 1;
        counts[j]! += 1;
        const v = Number(cell);
        if (v === 1) agree += 1;
        else if (v === -1) disagree += 1;
        else pass += 1;
        if (g === 0 || g === 1) {
          const row = byGroup[g]!;
          if (v === 1) row[3 * j]! += 1;
          if (v === -1) row[3 * j + 1]! += 1;
          row[3 * j + 2]! += 1;
        }
      });
      if (n > 0) stats.participantFractions.push(n / statementColumns.length);
    }
    const mean = counts.reduce((s, c) => s + c, 0) / Math.max(1, counts.length);
    for (const c of counts) if (c > 0) stats.statementWeights.push(c / mean);
    for (let j = 0; j < statementColumns.length; j++) {
      const [a, b] = byGroup as [Float64Array, Float64Array];
      if (a[3 * j + 2]! < 5 || b[3 * j + 2]! < 5) continue;
      stats.profiles.push(
        a[3 * j]! / a[3 * j + 2]!,
        a[3 * j + 1]! / a[3 * j + 2]!,
        b[3 * j]! / b[3 * j + 2]!,
        b[3 * j + 1]! / b[3 * j + 2]!,
      );
    }
    if (groupSizes[0]! + groupSizes[1]! > 0) {
      stats.largerGroupShares.push(
        Math.max(groupSizes[0]!, groupSizes[1]!) / (groupSizes[0]! + groupSizes[1]!),
      );
    }
    stats.conversations += 1;
  }
  const total = agree + disagree + pass;
  stats.shares = { agree: agree / total, disagree: disagree / total, pass: pass / total };
  return stats;
}

/** A synthetic conversation: parallel arrays of unique (participant, statement) votes, and the planted groups. */
export interface SyntheticVotes {
  nParticipants: number;
  nStatements: number;
  participant: Int32Array;
  comment: Int32Array;
  value: Int8Array;
  length: number;
  plantedGroup: Int8Array;
}

/**
 * Draws `nParticipants` × `nStatements` votes, about `meanVotes` per participant:
 * - two planted groups, the larger one's share drawn from Pol.is's group sizes in the real conversations;
 * - each participant's number of votes from the real per-participant fractions of statements voted on,
 *   rescaled so that the mean is `meanVotes` (capped at every statement);
 * - which statements: drawn with the real unevenness of votes per statement (weights resampled from
 *   statement vote count ÷ conversation mean), without repeats;
 * - each vote from a real statement profile (Pol.is group 0's and group 1's agree and disagree rates on one
 *   real statement), the pass rate being the rest; group labels are flipped at random per statement.
 */
export function synthesize(
  stats: RealStatistics,
  nParticipants: number,
  nStatements: number,
  meanVotes: number,
  seed: number,
): SyntheticVotes {
  const random = createRandom(seed);
  const draw = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const larger = draw(stats.largerGroupShares);
  const plantedGroup = new Int8Array(nParticipants);
  for (let i = 0; i < nParticipants; i++) plantedGroup[i] = random() < larger ? 0 : 1;

  const nProfiles = stats.profiles.length / 4;
  const rates = new Float64Array(nStatements * 4);
  const weights = new Float64Array(nStatements);
  for (let j = 0; j < nStatements; j++) {
    const p = Math.floor(random() * nProfiles);
    const flip = random() < 0.5 ? 2 : 0;
    for (let r = 0; r < 4; r++) rates[4 * j + r] = stats.profiles[4 * p + ((r + flip) % 4)]!;
    weights[j] = draw(stats.statementWeights);
  }
  const alias = aliasTable(weights);
  const meanFraction =
    stats.participantFractions.reduce((s, f) => s + f, 0) / stats.participantFractions.length;
  const counts = new Int32Array(nParticipants);
  let total = 0;
  for (let i = 0; i < nParticipants; i++) {
    const f = draw(stats.participantFractions);
    counts[i] = Math.max(1, Math.min(nStatements, Math.round((f / meanFraction) * meanVotes)));
    total += counts[i]!;
  }
  const participant = new Int32Array(total);
  const comment = new Int32Array(total);
  const value = new Int8Array(total);
  const stamp = new Int32Array(nStatements).fill(-1);
  let at = 0;
  for (let i = 0; i < nParticipants; i++) {
    const g = plantedGroup[i]!;
    const dense = counts[i]! > nStatements / 2; // drawing without repeats by rejection gets slow when nearly full
    const order = dense ? shuffled(nStatements, random) : undefined;
    for (let n = 0; n < counts[i]!; n++) {
      let j: number;
      if (order) j = order[n]!;
      else {
        do j = alias(random);
        while (stamp[j] === i);
      }
      stamp[j] = i;
      const u = random();
      const pa = rates[4 * j + 2 * g]!;
      const pd = rates[4 * j + 2 * g + 1]!;
      participant[at] = i;
      comment[at] = j;
      value[at] = u < pa ? 1 : u < pa + pd ? -1 : 0;
      at += 1;
    }
  }
  return { nParticipants, nStatements, participant, comment, value, length: total, plantedGroup };
}

function shuffled(n: number, random: RandomSource): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[k]!;
    order[k] = t;
  }
  return order;
}

/** Walker's alias method: O(1) draws from a discrete distribution. */
function aliasTable(weights: Float64Array): (random: RandomSource) => number {
  const n = weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const probability = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = Float64Array.from(weights, (w) => (w * n) / sum);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => {
    (p < 1 ? small : large).push(i);
  });
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    probability[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) probability[i] = 1;
  return (random) => {
    const i = Math.floor(random() * n);
    return random() < probability[i]! ? i : alias[i]!;
  };
}
