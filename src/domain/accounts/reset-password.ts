// Forgotten password: a one-time link by e-mail, valid one hour, that signs out every other session when used.
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { checkPassword, hashPassword, hashToken, newToken } from "./secrets.ts";
import { sessionEnded } from "./session-ended.ts";
import { clearSignInFailures } from "./sign-in-throttle.ts";

export const resetMinutes = 60;

/** Sends a reset link if the address has an account; says nothing either way, so accounts cannot be probed. */
export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  const store = openAccountStore(ctx.db);
  const user = await store.userByEmail(email.trim());
  if (!user?.email) return;
  const token = newToken();
  await store.insertReset(hashToken(token), user.id, new Date(ctx.now.getTime() + resetMinutes * 60_000));
  const link = `${ctx.publicUrl}/reset-password?token=${token}`;
  const french = user.locale === "fr";
  await ctx.mailer.send({
    to: user.email,
    subject: french ? "Cocrea : réinitialiser votre mot de passe" : "Cocrea: reset your password",
    text: french
      ? `Bonjour ${user.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable ${resetMinutes} minutes, une seule fois) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message.`
      : `Hello ${user.name},\n\nTo choose a new password, open this link (valid ${resetMinutes} minutes, once):\n${link}\n\nIf you did not ask for it, ignore this message.`,
  });
}

/** Sets a new password from a reset link; the link works once, and all existing sessions are closed. */
export async function resetPassword(
  ctx: Context,
  input: { token: string; password: string },
): Promise<UserRow> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const store = openAccountStore(tx);
    const userId = await store.useReset(hashToken(input.token), ctx.now);
    if (!userId) {
      throw new AppError(
        "reset-token-invalid",
        "This reset link is invalid, expired or already used. Ask for a new one.",
        {
          field: "token",
        },
      );
    }
    // The other links of this person die with this one; every session and its live sockets end.
    await store.voidResetsOf(userId, ctx.now);
    await store.deleteSessionsOf(userId);
    await publishEvent(tx, sessionEnded(userId, ctx.now), { kind: "processes" });
    const user = await store.updateUser(userId, { passwordHash });
    // The owner proved they hold the mailbox: failed guesses by others no longer slow them.
    if (user.email) await clearSignInFailures(tx, user.email);
    return user;
  });
}
