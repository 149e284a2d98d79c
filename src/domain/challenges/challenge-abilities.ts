// What a person may do on a challenge and on each of its ideas now, by the rules the use cases enforce.
import type { ChallengeRow, IdeaRow } from "../../db/stores/challenge-store.ts";
import type { Role } from "../permissions.ts";
import { can } from "../permissions.ts";
import { currentPhase, type Phase } from "./current-phase.ts";
import { phaseAllows } from "./phase-rules.ts";

/** Who asks: a member's role and whether they are an anonymous identity; null for a visitor without a session. */
export type Asker = { role: Role; anonymous: boolean; userId: string } | null;

/** What the asker may do on the challenge now; the web shows an act only when its ability is true. */
export interface ChallengeAbilities {
  submit: boolean;
  support: boolean;
  react: boolean;
  comment: boolean;
  follow: boolean;
  vote: boolean;
  proposeStatement: boolean;
  /** The console: brief, timeline, phase control, pause, archive, duplicate, delete, synthesis, debrief, exports. */
  manage: boolean;
  moderate: boolean;
  judge: boolean;
}

/** What the asker may do on one idea now. */
export interface IdeaAbilities {
  support: boolean;
  react: boolean;
  comment: boolean;
  follow: boolean;
  edit: boolean;
  withdraw: boolean;
  moderate: boolean;
  setOutcome: boolean;
  award: boolean;
  flag: boolean;
}

/** A published challenge that is neither paused nor archived takes writes (see `assertWritable`, `assertPhase`). */
function takesWrites(challenge: ChallengeRow): boolean {
  return challenge.status === "published" && !challenge.pausedAt && !challenge.archivedAt;
}

/** Whether the asker contributes here at all: a member whose identity the challenge accepts (`assertMayContribute`). */
function mayContribute(challenge: ChallengeRow, asker: Asker): asker is NonNullable<Asker> {
  return asker !== null && (!asker.anonymous || challenge.allowAnonymous);
}

export function challengeAbilities(challenge: ChallengeRow, asker: Asker, now: Date): ChallengeAbilities {
  const { phase } = currentPhase(challenge, now);
  const open = takesWrites(challenge) && mayContribute(challenge, asker);
  const role = asker?.role;
  const allowed = (action: Parameters<typeof can>[1]) => role !== undefined && can(role, action);
  return {
    submit: open && phaseAllows("submit", phase) && allowed("idea.submit"),
    support: open && phaseAllows("support", phase) && allowed("idea.support"),
    react: open && phaseAllows("react", phase) && allowed("idea.react"),
    comment:
      open &&
      phaseAllows(allowed("challenge.manage") ? "answer" : "comment", phase) &&
      allowed("comment.post"),
    follow: asker !== null && allowed("idea.follow"),
    vote: open && challenge.conversation && phaseAllows("statement", phase) && allowed("statement.vote"),
    proposeStatement:
      open && challenge.conversation && phaseAllows("statement", phase) && allowed("statement.submit"),
    manage: allowed("challenge.manage"),
    moderate: allowed("content.moderate"),
    judge: challenge.contestPrize !== null && allowed("contest.judge"),
  };
}

export function ideaAbilities(
  idea: Pick<IdeaRow, "authorId" | "status" | "hiddenAt">,
  challenge: ChallengeRow,
  asker: Asker,
  now: Date,
): IdeaAbilities {
  const on = challengeAbilities(challenge, asker, now);
  const { phase } = currentPhase(challenge, now);
  const shown = idea.status === "published" && !idea.hiddenAt;
  const writes = takesWrites(challenge);
  const own = asker !== null && idea.authorId === asker.userId && idea.status === "published";
  const managerAct = (act: "outcome" | "award") => on.manage && writes && phaseAllows(act, phase as Phase);
  return {
    support: on.support && shown,
    react: on.react && shown,
    comment: on.comment && shown,
    follow: on.follow,
    edit: own && writes && phaseAllows("edit", phase),
    withdraw: own && writes && phaseAllows("edit", phase),
    moderate: on.moderate,
    setOutcome: managerAct("outcome") && idea.status === "published",
    award: managerAct("award") && challenge.contestPrize !== null && shown,
    flag: asker !== null && shown && !own,
  };
}

/** Nothing allowed: a visitor, or an idea read on a public page. */
export const noIdeaAbilities: IdeaAbilities = {
  support: false,
  react: false,
  comment: false,
  follow: false,
  edit: false,
  withdraw: false,
  moderate: false,
  setOutcome: false,
  award: false,
  flag: false,
};
