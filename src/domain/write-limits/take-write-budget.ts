// Takes one write from a person's budget for a kind of write, in the writing transaction, or refuses with 429.
import { sql } from "drizzle-orm";
import type { Db } from "../../db/open-database.ts";
import { AppError } from "../../errors.ts";
import type { Context } from "../context.ts";
import type { WriteKind } from "./write-limits.ts";

/**
 * Takes one token of the person's bucket for `kind` (see `write-limits.ts`), or throws `write-limit-reached` (429)
 * with the limit and the seconds until the next write is allowed. Call it with the write's own transaction: a
 * refusal rolls the write back (nothing of it is stored), and a write refused later for another reason gives its
 * token back. Without limits in the Context (the demo, imports, jobs) nothing is counted.
 *
 * Why a token bucket in one UPSERT: it is one row per (person, kind), updated by one atomic statement whose row
 * lock makes concurrent writes of one person from any number of server processes count exactly; it allows a
 * burst and then a steady rate without the window edges of a fixed counter (twice the limit across a boundary) or
 * the row per write of a sliding log. Elapsed time never counts negative, so processes whose clocks differ a little
 * cannot mint tokens.
 */
export async function takeWriteBudget(
  tx: Pick<Db, "execute">,
  ctx: Pick<Context, "now" | "writeLimits">,
  userId: string,
  kind: WriteKind,
): Promise<void> {
  const limit = ctx.writeLimits?.[kind];
  if (!limit) return;
  const now = ctx.now.toISOString();
  const perSecond = limit.perHour / 3600;
  const refilled = sql`LEAST(${limit.burst}::float8, b.tokens + ${perSecond}::float8 *
    GREATEST(0, EXTRACT(EPOCH FROM (${now}::timestamptz - b.refilled_at))))`;
  const taken = await tx.execute(sql`
    INSERT INTO write_budgets AS b (user_id, kind, tokens, refilled_at)
    VALUES (${userId}, ${kind}, ${limit.burst - 1}::float8, ${now}::timestamptz)
    ON CONFLICT (user_id, kind) DO UPDATE
      SET tokens = ${refilled} - 1, refilled_at = GREATEST(b.refilled_at, ${now}::timestamptz)
      WHERE ${refilled} >= 1
    RETURNING b.tokens`);
  if (taken.rows.length > 0) return;
  // Refused (the row is locked by the statement above until this transaction ends): when will one token be there?
  const left = await tx.execute<{ tokens: number }>(sql`
    SELECT ${refilled} AS tokens FROM write_budgets b WHERE b.user_id = ${userId} AND b.kind = ${kind}`);
  const tokens = Number(left.rows[0]?.tokens ?? 0);
  const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / perSecond));
  throw new AppError(
    "write-limit-reached",
    `Too many writes of this kind (${kind}) in a short time: the limit is ${limit.burst} at once, then ${limit.perHour} an hour. Try again in ${retryAfterSeconds} s.`,
    { details: { limit: { name: kind, burst: limit.burst, perHour: limit.perHour }, retryAfterSeconds } },
  );
}
