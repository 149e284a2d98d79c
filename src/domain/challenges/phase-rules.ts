// Which phases allow each act on a challenge: the one table the use cases enforce and the abilities report.
import type { Phase } from "./current-phase.ts";

/**
 * The phases in which each act is open. Ideas are written, edited and withdrawn while contributions are open;
 * supports and statements run until voting closes; reactions and comments until the synthesis ends; the project
 * manager still answers officially in the debrief; outcomes are said from voting on, awards from the synthesis on.
 */
export const phaseRules = {
  submit: ["contributions"],
  edit: ["contributions"],
  support: ["contributions", "voting"],
  react: ["contributions", "voting", "synthesis"],
  comment: ["contributions", "voting", "synthesis"],
  answer: ["contributions", "voting", "synthesis", "debrief"],
  statement: ["contributions", "voting"],
  outcome: ["voting", "synthesis", "debrief"],
  award: ["synthesis", "debrief"],
} as const satisfies Record<string, readonly Phase[]>;

export type PhasedAct = keyof typeof phaseRules;

/** Whether `act` is open in `phase`. */
export function phaseAllows(act: PhasedAct, phase: Phase): boolean {
  return (phaseRules[act] as readonly Phase[]).includes(phase);
}
