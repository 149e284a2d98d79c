// A person erases their own account: their data leaves every workspace, their sessions end, the account is deleted.
import { sql } from "drizzle-orm";
import { openAccountStore } from "../../db/stores/account-store.ts";
import { soleOwnerships, userColumns, workspacesHolding } from "../../db/stores/erasure-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import type { ContributionsChoice } from "../workspaces/erasure-policy.ts";
import { eraseFromWorkspace, recomputeAfterErasure, type WorkspaceErasure } from "./erase-from-workspace.ts";
import { verifyPassword } from "./secrets.ts";
import { sessionEnded } from "./session-ended.ts";

/**
 * Erases the actor's account after checking their password (an anonymous identity has none to give). In every
 * workspace holding something of theirs, contributions are kept under a "deleted participant" or removed, as that
 * workspace's policy and the person's `contributions` choice say (`eraseFromWorkspace`); then the user row goes with
 * its sessions, password links, preferences and pending e-mail changes, and their live sockets close on every
 * process. Refused while they are the only owner of a workspace, which would be left without one.
 */
export async function eraseAccount(
  ctx: Context,
  actor: Actor,
  input: { password?: string; contributions?: ContributionsChoice },
): Promise<WorkspaceErasure[]> {
  const store = openAccountStore(ctx.db);
  const user = await store.userById(actor.userId);
  if (!user) throw new AppError("not-signed-in", "This account no longer exists.");
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.password ?? ""))) {
    throw new AppError("invalid-credentials", "This password is not the account's.", { field: "password" });
  }
  const erasures = await ctx.db.transaction(async (tx) => {
    // One erasure at a time per person: a second request waits, then finds nothing left.
    await tx.execute(sql`SELECT id FROM users WHERE id = ${user.id} FOR UPDATE`);
    const owned = await soleOwnerships(tx, user.id);
    if (owned.length > 0) {
      throw new AppError(
        "last-owner",
        `You are the only owner of ${owned.map((w) => w.name).join(", ")}: make someone else owner first.`,
        { details: { workspaces: owned.map((w) => w.id) } },
      );
    }
    const done: WorkspaceErasure[] = [];
    for (const workspaceId of await workspacesHolding(tx, await userColumns(tx), user.id)) {
      done.push(
        await eraseFromWorkspace(tx, {
          userId: user.id,
          workspaceId,
          asked: input.contributions,
          locale: user.locale,
          now: ctx.now,
        }),
      );
    }
    await publishEvent(tx, sessionEnded(user.id, ctx.now), { kind: "processes" });
    await tx.execute(sql`DELETE FROM users WHERE id = ${user.id}`);
    return done;
  });
  await recomputeAfterErasure(ctx, erasures);
  return erasures;
}
