// The opinion map as stored after each recomputation: what the API shows and what the next-statement draw reads.

import { statementGroupScores } from "../../analysis/opinions/next-statement.ts";
import type { OpinionMap } from "../../analysis/opinions/opinion-map.ts";
import type { VoteRecord } from "../../db/stores/conversation-store.ts";

/** The stored map (jsonb); statements are referred to by their numbers in the challenge. */
export interface OpinionMapRecord {
  k: number;
  participants: { in: number; total: number };
  /** Bounds of every participant's position: [minX, maxX, minY, maxY], to scale the drawing. */
  extent: [number, number, number, number];
  groups: Array<{
    id: number;
    size: number;
    center: [number, number];
    representative: Array<{
      statement: number;
      direction: "agree" | "disagree";
      /** Share of the group's votes on it that go this way (Pol.is's smoothed p-success). */
      rate: number;
      /** Votes of the group on it. */
      votes: number;
    }>;
  }>;
  consensus: {
    agree: Array<{ statement: number; score: number }>;
    disagree: Array<{ statement: number; score: number }>;
  };
  /** Per statement number: divisiveness and group-informed consensus, for the next-statement draw. */
  scores: Record<string, [number, number]>;
  /**
   * Per statement number: agrees, disagrees and passes when the map was computed. The next-statement draw reads
   * them here rather than counting every vote at each request (they lag the latest votes by one recomputation).
   */
  counts: Record<string, [number, number, number]>;
  /** Participant number → [x, y, group or −1]; read one at a time (the viewer's own). */
  positions: Record<string, [number, number, number]>;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Turns the engine's map (participant and statement ids are the numbers as strings) into the stored record. */
export function opinionMapRecord(
  map: OpinionMap,
  votes: readonly VoteRecord[],
  statements: readonly number[],
): OpinionMapRecord {
  const positions: OpinionMapRecord["positions"] = {};
  const groupOf = new Map<number, number>();
  let [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  for (const p of map.positions) {
    const group = p.group ?? -1;
    positions[p.participant] = [round(p.x), round(p.y), group];
    groupOf.set(Number(p.participant), group);
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const top = statements.length === 0 ? 0 : Math.max(...statements) + 1;
  const { divisiveness, consensus } = statementGroupScores(votes, groupOf, map.groups.length, top);
  const scores: OpinionMapRecord["scores"] = {};
  for (const n of statements) scores[n] = [round(divisiveness[n] ?? 0), round(consensus[n] ?? 0)];
  const counts: OpinionMapRecord["counts"] = {};
  for (const n of statements) counts[n] = [0, 0, 0];
  for (const v of votes) {
    const c = counts[v.statement];
    if (c) c[v.vote === 1 ? 0 : v.vote === -1 ? 1 : 2] += 1;
  }
  return {
    k: map.k,
    participants: map.participants,
    extent: [round(minX), round(maxX), round(minY), round(maxY)],
    groups: map.groups.map((g) => ({
      id: g.id,
      size: g.members.length,
      center: [round(g.center[0]), round(g.center[1])],
      representative: g.representative.map((r) => ({
        statement: Number(r.comment),
        direction: r.direction,
        rate: round(r.pSuccess),
        votes: r.nTrials,
      })),
    })),
    consensus: {
      agree: map.consensus.scores.agree.map((s) => ({ statement: Number(s.comment), score: round(s.score) })),
      disagree: map.consensus.scores.disagree.map((s) => ({
        statement: Number(s.comment),
        score: round(s.score),
      })),
    },
    scores,
    counts,
    positions,
  };
}
