// A signed-in person changes their password, giving the current one; their other sessions end.
import { and, eq, ne } from "drizzle-orm";
import { sessions } from "../../db/schema/accounts.ts";
import { openAccountStore } from "../../db/stores/account-store.ts";
import { publishEvents } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import { checkPassword, hashPassword, hashToken, verifyPassword } from "./secrets.ts";
import { sessionEnded } from "./session-ended.ts";

/**
 * Sets a new password once the current one is given. Every other session of the person ends (with its live
 * sockets), this one stays; unused password reset links are voided, since they were asked for the old password.
 */
export async function changePassword(
  ctx: Context,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  sessionToken: string | undefined,
): Promise<void> {
  const store = openAccountStore(ctx.db);
  const user = await store.userById(actor.userId);
  if (!user?.passwordHash) {
    throw new AppError("anonymous-not-allowed", "Sign up to have a password.", { field: "currentPassword" });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("invalid-credentials", "This is not your current password.", {
      field: "currentPassword",
    });
  }
  checkPassword(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const keep = sessionToken ? hashToken(sessionToken) : "";
  await ctx.db.transaction(async (tx) => {
    const accounts = openAccountStore(tx);
    await accounts.updateUser(user.id, { passwordHash });
    await accounts.voidResetsOf(user.id, ctx.now);
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, keep)))
      .returning({ id: sessions.id });
    await publishEvents(
      tx,
      ended.map((session) => ({
        event: sessionEnded(user.id, ctx.now, session.id),
        audience: { kind: "processes" as const },
      })),
    );
  });
}
