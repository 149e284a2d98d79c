// Which phase a challenge is in at a given instant, and the next deadline to count down to.

/** The dates that bound a challenge's phases, in ascending order. */
export interface Timeline {
  announcementAt: Date;
  contributionsOpenAt: Date;
  contributionsCloseAt: Date;
  votingCloseAt: Date;
  synthesisCloseAt: Date;
}

export const timelineFields = [
  "announcementAt",
  "contributionsOpenAt",
  "contributionsCloseAt",
  "votingCloseAt",
  "synthesisCloseAt",
] as const;
export type TimelineField = (typeof timelineFields)[number];

/**
 * The phases in order: `upcoming` before the announcement, `announcement` until contributions open, then
 * `contributions`, `voting`, `synthesis`, and `debrief` once the synthesis is closed (it has no end).
 */
export const phases = [
  "upcoming",
  "announcement",
  "contributions",
  "voting",
  "synthesis",
  "debrief",
] as const;
export type Phase = (typeof phases)[number];

export interface PhaseAt {
  phase: Phase;
  /** The end of the current phase, for a countdown; null in the debrief. */
  nextDeadline: { field: TimelineField; at: Date } | null;
}

/** The phase at `now`: a boundary belongs to the phase it opens (contributions close exactly at `contributionsCloseAt`). */
export function currentPhase(timeline: Timeline, now: Date): PhaseAt {
  const t = now.getTime();
  for (const [index, field] of timelineFields.entries()) {
    if (t < timeline[field].getTime()) {
      return { phase: phases[index] ?? "upcoming", nextDeadline: { field, at: timeline[field] } };
    }
  }
  return { phase: "debrief", nextDeadline: null };
}

/** The first field (in order) that does not come after the previous one; the announcement may open contributions. */
export function misorderedField(
  timeline: Timeline,
): { field: TimelineField; previous: TimelineField } | null {
  for (let i = 1; i < timelineFields.length; i++) {
    const field = timelineFields[i] as TimelineField;
    const previous = timelineFields[i - 1] as TimelineField;
    const gap = timeline[field].getTime() - timeline[previous].getTime();
    if (field === "contributionsOpenAt" ? gap < 0 : gap <= 0) return { field, previous };
  }
  return null;
}
