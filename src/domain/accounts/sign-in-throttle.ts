// The per-account limit of sign-in attempts: a progressive delay after repeated failures, shared through PostgreSQL.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/open-database.ts";
import { signInThrottles } from "../../db/schema/sign-in-throttles.ts";
import { AppError } from "../../errors.ts";
import { hashToken } from "./secrets.ts";

/** Failures allowed without delay; after them each attempt waits 1 s, 2 s, 4 s… */
export const freeFailures = 5;
/** The longest wait, in seconds: the limit slows guessing to a crawl but never locks the owner out for long. */
export const maxDelaySeconds = 30;
/** Failures older than this are forgotten, in minutes. */
export const failureMemoryMinutes = 15;

/** Seconds to wait after `failures` failed attempts before the next one is heard. */
export function delayAfter(failures: number): number {
  return failures < freeFailures ? 0 : Math.min(maxDelaySeconds, 2 ** (failures - freeFailures));
}

/** The row key of an account: a hash of its normalized e-mail. */
export function accountKey(email: string): string {
  return hashToken(`sign-in:${email.trim().toLowerCase()}`);
}

/**
 * Runs `verify` for one attempt on `email` under the account's row lock, so attempts on one account are heard one
 * at a time by every process; refuses with `too-many-requests` while the delay runs, and records the outcome.
 * `verify` must not query the database: it runs while this transaction holds a pooled connection.
 */
export async function throttledSignIn<T>(
  db: Db,
  email: string,
  now: Date,
  verify: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const account = accountKey(email);
  const outcome = await db.transaction(async (tx) => {
    await tx.insert(signInThrottles).values({ account }).onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(signInThrottles)
      .where(eq(signInThrottles.account, account))
      .for("update");
    const forgotten =
      !row?.lastFailureAt || now.getTime() - row.lastFailureAt.getTime() > failureMemoryMinutes * 60_000;
    const failures = forgotten ? 0 : (row?.failures ?? 0);
    const waitUntil = (row?.lastFailureAt?.getTime() ?? 0) + delayAfter(failures) * 1000;
    if (failures >= freeFailures && now.getTime() < waitUntil) {
      return { refused: Math.ceil((waitUntil - now.getTime()) / 1000) } as const;
    }
    const result = await verify();
    if (result === undefined) {
      await tx
        .update(signInThrottles)
        .set({ failures: failures + 1, lastFailureAt: now })
        .where(eq(signInThrottles.account, account));
    } else {
      await tx.delete(signInThrottles).where(eq(signInThrottles.account, account));
    }
    return { result } as const;
  });
  if ("refused" in outcome) {
    throw new AppError(
      "too-many-requests",
      `Too many failed sign-ins for this account: wait ${outcome.refused} s and try again.`,
      { details: { retryAfterSeconds: outcome.refused } },
    );
  }
  return outcome.result;
}

/** Forgets an account's failures (its password was reset). */
export async function clearSignInFailures(db: Pick<Db, "execute">, email: string): Promise<void> {
  await db.execute(sql`DELETE FROM sign_in_throttles WHERE account = ${accountKey(email)}`);
}
