// The kinds of writes limited per person, and their default limits: generous for a person, tight for a script.

/**
 * Writes that create content others read or that cost storage: each has its own budget per person. Supports,
 * reactions and votes are not here: they are idempotent toggles whose state is bounded by the items (one row per
 * person and item, a repeated request changes nothing), they carry no text, and the supports' group-commit path
 * must not pay a round trip per request.
 */
export const writeKinds = [
  "idea",
  "comment",
  "statement",
  "flag",
  "plan-comment",
  "listening-upload",
  "plan-image",
] as const;

export type WriteKind = (typeof writeKinds)[number];

/** A token bucket: `burst` writes at once, then `perHour` an hour (one every 3600 / perHour seconds). */
export interface WriteLimit {
  burst: number;
  perHour: number;
}

/** The limit of each kind; a kind left out is not limited. */
export type WriteLimits = Readonly<Partial<Record<WriteKind, WriteLimit>>>;

/**
 * A person in a workshop posts a few ideas in a minute and a lively thread a comment every few seconds; a script
 * posts hundreds a second. The bursts let a person paste a workshop's wall of notes; the rates are far above what
 * one person types in an hour.
 */
export const defaultWriteLimits: Readonly<Record<WriteKind, WriteLimit>> = {
  idea: { burst: 30, perHour: 120 },
  comment: { burst: 30, perHour: 360 },
  statement: { burst: 20, perHour: 120 },
  flag: { burst: 20, perHour: 120 },
  "plan-comment": { burst: 30, perHour: 360 },
  "listening-upload": { burst: 10, perHour: 60 },
  "plan-image": { burst: 20, perHour: 120 },
};
