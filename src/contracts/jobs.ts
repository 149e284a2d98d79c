// Background jobs: their kinds, each kind's payload schema, and the statuses a job goes through.
import { type Static, Type } from "@sinclair/typebox";

/** An id; a pattern rather than a format, so that TypeBox's Value.Check needs no format registry. */
const Id = Type.String({ pattern: "^[0-9a-fA-F-]{36}$" });

/**
 * queued: waiting for its `runAt`; running: taken by a worker (its lease renewed while it runs); failed: an attempt
 * failed, it waits for its retry at `runAt`; done; dead: it failed `maxAttempts` times (the dead letters); cancelled.
 */
export const JobStatusSchema = Type.Union([
  Type.Literal("queued"),
  Type.Literal("running"),
  Type.Literal("done"),
  Type.Literal("failed"),
  Type.Literal("dead"),
  Type.Literal("cancelled"),
]);
export type JobStatus = Static<typeof JobStatusSchema>;
export const jobStatuses = JobStatusSchema.anyOf.map((status) => status.const);

/** Each kind of job and the schema of its payload (stored as jsonb, so it stays small and plain). */
export const jobPayloads = {
  /** Recompute a challenge's groups of converging ideas (after its ideas changed, or a manager's request). */
  "recompute-synthesis": Type.Object({ challengeId: Id }),
  /** Recompute a conversation's opinion map (after votes, moderation or an import). */
  "recompute-opinion-map": Type.Object({ challengeId: Id }),
  /** Import a listening project's upload or pasted text (`mention_imports` row `importId`). */
  "import-mentions": Type.Object({ importId: Id }),
  /** Poll one feed source of a listening project (conditional GET, new items stored as mentions). */
  "poll-feed": Type.Object({ sourceId: Id }),
  /** Cluster a listening project's mentions into topics (after an import finished). */
  "analyze-listening-topics": Type.Object({ projectId: Id }),
};
export type JobKind = keyof typeof jobPayloads;
export type JobPayload<K extends JobKind> = Static<(typeof jobPayloads)[K]>;

/** What a use case asks for: a job of `kind`, for a workspace (or none), run after `runAt` (default now). */
export interface JobRequest<K extends JobKind = JobKind> {
  kind: K;
  workspaceId: string | null;
  payload: JobPayload<K>;
  /**
   * At most one job waiting (queued or failed) with this key: a request while one waits is folded into it, and a
   * job whose key is running waits for that run to end, so a burst of changes becomes one run after the latest.
   */
  dedupeKey?: string;
  runAt?: Date;
  /** Attempts before the job is dead (default 5). */
  maxAttempts?: number;
}
