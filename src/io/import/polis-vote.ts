// What every Pol.is export form shares: statements, vote values and the messages for bad votes.
import type { VoteValue } from "../../analysis/opinions/vote-matrix.ts";

/** A statement of the conversation; `moderated` is Pol.is's 1 accepted, 0 not yet moderated, -1 moderated out. */
export interface PolisComment {
  id: string;
  body: string;
  moderated: -1 | 0 | 1;
  /** Pol.is "meta" statements (about the participant, not an opinion); Pol.is leaves them out of the math. */
  meta: boolean;
}

/** Reads a vote cell: 1 agree, -1 disagree, 0 pass (also "1.0" etc.); undefined for anything else. */
export function parseVote(text: string | undefined): VoteValue | undefined {
  const trimmed = (text ?? "").trim();
  if (trimmed === "1" || trimmed === "1.0") return 1;
  if (trimmed === "-1" || trimmed === "-1.0") return -1;
  if (trimmed === "0" || trimmed === "0.0" || trimmed === "-0") return 0;
  return undefined;
}

export const VOTE_ERROR = (text: string) =>
  `vote must be -1 (disagree), 0 (pass) or 1 (agree), got "${text}"`;
export const UNKNOWN_ERROR = (id: string, comments: string) =>
  `unknown comment id "${id}" (not in ${comments})`;
