// What every use case receives: the database, the clock, and the outside world it may talk to.
import type { Db } from "../db/open-database.ts";
import type { AnalysisRunner } from "../jobs/analysis-runner.ts";
import type { Coalescer } from "../jobs/coalescer.ts";

/** Sends e-mail (SMTP) or writes it to the log when no SMTP server is configured. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface Context {
  db: Db;
  now: Date;
  mailer: Mailer;
  /** Base address for links in e-mails and invitations, without a trailing slash. */
  publicUrl: string;
  /** Runs analysis computations (opinion maps, syntheses) in a worker thread, off the request path. */
  analysis: AnalysisRunner;
  /** Folds bursts of changes into one background recomputation per key (e.g. per challenge). */
  recomputes: Coalescer;
  /** Groups the supports of concurrent requests into one transaction (group commit); one per server process. */
  supports: SupportWrites;
}

/** Sets or takes back supports; `challenges/support-batcher.ts` groups concurrent ones into one commit. */
export interface SupportWrites {
  submit(
    actor: MemberActor,
    ideaId: string,
    supported: boolean,
    now: Date,
  ): Promise<{ supported: boolean; supportCount: number }>;
}

/** The signed-in person making a request. */
export interface Actor {
  userId: string;
  anonymous: boolean;
}

/** An actor acting inside a workspace, with the role the server checked. */
export interface MemberActor extends Actor {
  workspaceId: string;
  role: import("./permissions.ts").Role;
}
