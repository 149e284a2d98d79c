// Group commit of supports: requests arriving while a batch commits wait, then go together in the next transaction.
import type { Db } from "../../db/open-database.ts";
import { openSupportBatchStore, type SupportChange } from "../../db/stores/support-batch-store.ts";
import { AppError } from "../../errors.ts";
import type { MemberActor, SupportWrites } from "../context.ts";
import { assertIdeaVisible, assertMayContribute, assertNotHidden, assertPhase } from "./challenge-rules.ts";
import { type SupportState, setSupportAlone, supportPhases } from "./support-idea.ts";

interface Waiting {
  actor: MemberActor;
  ideaId: string;
  supported: boolean;
  now: Date;
  resolve(state: SupportState): void;
  reject(error: unknown): void;
}

/** The requests of one batch for one person and idea, all asking the same thing (so all get the same answer). */
interface Entry {
  supported: boolean;
  requests: Waiting[];
}

export interface SupportBatcherOptions {
  /** The most (person, idea) pairs in one transaction. */
  maxBatch: number;
  /** How many batch transactions may be under way at once. */
  concurrency: number;
  /** Told when a batch transaction failed and its requests were retried one by one. */
  onBatchFailure(error: unknown, requests: number): void;
}

/**
 * One per server process. A request starts a batch at once when fewer than `concurrency` are under way; otherwise
 * it waits, and the waiting requests share the next batch to start. A batch is one read of its ideas and
 * challenges, then one statement, committed on its own, for the support rows, the counts, the activity and the
 * live events. Each request is answered only after that commit returns (synchronous_commit stays on), with its own
 * state; a request the rules refuse (not found, phase closed, hidden idea, anonymous not allowed) gets its own
 * error without failing the others. If the batch fails as a whole (a deadlock with another process, a lost
 * connection), each of its requests is retried in a transaction of its own. A batch holds at most one entry per
 * person and idea, so the statement's idempotence stays exact: identical requests share an entry, and a contrary
 * one (support, then take back) waits for the next batch with everything after it for the same pair, so their
 * order is kept. Batches under way never share an idea (requests about one wait), so they cannot deadlock.
 */
export class SupportBatcher implements SupportWrites {
  private queue: Waiting[] = [];
  private running = 0;
  /** Ideas of the batches under way: a batch never touches an idea another one holds, so they cannot deadlock. */
  private readonly busyIdeas = new Set<string>();
  /** Transactions run and requests answered so far (a failed batch counts once, its retries not at all). */
  readonly stats = { batches: 0, requests: 0 };
  private readonly options: SupportBatcherOptions;

  constructor(
    private readonly db: Db,
    options: Partial<SupportBatcherOptions> = {},
  ) {
    this.options = { maxBatch: 500, concurrency: 1, onBatchFailure: () => {}, ...options };
  }

  submit(actor: MemberActor, ideaId: string, supported: boolean, now: Date): Promise<SupportState> {
    return new Promise((resolve, reject) => {
      this.queue.push({ actor, ideaId, supported, now, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.options.concurrency && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return;
      const ideas = new Set(batch.map((entry) => first(entry).ideaId));
      for (const idea of ideas) this.busyIdeas.add(idea);
      this.running += 1;
      this.stats.batches += 1;
      for (const entry of batch) this.stats.requests += entry.requests.length;
      void this.run(batch).finally(() => {
        for (const idea of ideas) this.busyIdeas.delete(idea);
        this.running -= 1;
        this.drain();
      });
    }
  }

  /** The next batch, in arrival order; what cannot join it (or is about an idea under way) stays queued. */
  private take(): Entry[] {
    const entries = new Map<string, Entry>();
    const deferred = new Set<string>();
    const rest: Waiting[] = [];
    for (const waiting of this.queue) {
      const key = `${waiting.actor.workspaceId}:${waiting.ideaId}:${waiting.actor.userId}`;
      const entry = entries.get(key);
      const joins = entry
        ? entry.supported === waiting.supported && !deferred.has(key)
        : !deferred.has(key) && !this.busyIdeas.has(waiting.ideaId) && entries.size < this.options.maxBatch;
      if (!joins) {
        deferred.add(key);
        rest.push(waiting);
      } else if (entry) {
        entry.requests.push(waiting);
      } else {
        entries.set(key, { supported: waiting.supported, requests: [waiting] });
      }
    }
    this.queue = rest;
    return [...entries.values()];
  }

  private async run(entries: Entry[]): Promise<void> {
    const answers = new Map<Waiting, { state: SupportState } | { error: unknown }>();
    try {
      const store = openSupportBatchStore(this.db);
      const found = await store.ideasWithChallenges(
        entries.map((entry) => ({
          workspaceId: first(entry).actor.workspaceId,
          ideaId: first(entry).ideaId,
        })),
      );
      const changes: SupportChange[] = [];
      const applied: Array<{ entry: Entry; accepted: Waiting[] }> = [];
      for (const entry of entries) {
        const accepted: Waiting[] = [];
        let change: SupportChange | undefined;
        for (const waiting of entry.requests) {
          const row = found.get(`${waiting.actor.workspaceId}:${waiting.ideaId}`);
          try {
            const { idea, challenge } = assertIdeaVisible(
              row?.idea,
              row?.challenge,
              waiting.actor,
              waiting.now,
            );
            assertPhase(challenge, waiting.now, supportPhases, "supporting ideas");
            assertMayContribute(challenge, waiting.actor);
            assertNotHidden(idea, "supporting");
            accepted.push(waiting);
            change ??= {
              workspaceId: waiting.actor.workspaceId,
              ideaId: waiting.ideaId,
              userId: waiting.actor.userId,
              supported: entry.supported,
              challengeId: challenge.id,
              authorId: idea.authorId,
              at: waiting.now,
            };
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            answers.set(waiting, { error });
          }
        }
        if (change) {
          changes.push(change);
          applied.push({ entry, accepted });
        }
      }
      // One statement outside any transaction block: it commits on its own, and returns after that commit.
      const outcomes = await store.apply(changes);
      outcomes.forEach((outcome, i) => {
        const { entry, accepted } = applied[i] as (typeof applied)[number];
        const state = { supported: entry.supported, supportCount: outcome.supportCount };
        for (const waiting of accepted) answers.set(waiting, { state });
      });
    } catch (error) {
      const requests = entries.flatMap((entry) => entry.requests);
      this.options.onBatchFailure(error, requests.length);
      await Promise.all(
        requests.map((waiting) =>
          setSupportAlone(
            { db: this.db, now: waiting.now },
            waiting.actor,
            waiting.ideaId,
            waiting.supported,
          ).then(waiting.resolve, waiting.reject),
        ),
      );
      return;
    }
    // Committed: now, and only now, everyone hears back (the refused ones too, for one order of answers).
    for (const [waiting, answer] of answers) {
      if ("state" in answer) waiting.resolve(answer.state);
      else waiting.reject(answer.error);
    }
  }
}

function first(entry: Entry): Waiting {
  return entry.requests[0] as Waiting;
}
