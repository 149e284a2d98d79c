// A person changes their e-mail address: a link goes to the new one, and the old one stays until it is opened.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { users } from "../../db/schema/accounts.ts";
import { emailChanges } from "../../db/schema/erasure.ts";
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import { hashToken, newToken, verifyPassword } from "./secrets.ts";

export const emailChangeHours = 24;

/**
 * Sends a confirmation link to `email` (valid 24 hours, once) after checking the password, and tells the current
 * address that a change was asked. Whether the new address already has an account is said only to whoever opens
 * the link, so the form cannot be used to probe addresses.
 */
export async function requestEmailChange(
  ctx: Context,
  actor: Actor,
  input: { email: string; password: string },
): Promise<void> {
  const user = await openAccountStore(ctx.db).userById(actor.userId);
  if (!user?.email || !user.passwordHash) {
    throw new AppError("anonymous-not-allowed", "Sign up to have an e-mail address.", { field: "email" });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("invalid-credentials", "This is not your password.", { field: "password" });
  }
  const email = input.email.trim();
  if (email.toLowerCase() === user.email.toLowerCase()) {
    throw new AppError("invalid-input", "This is already your address.", { field: "email" });
  }
  const token = newToken();
  await ctx.db.insert(emailChanges).values({
    id: hashToken(token),
    userId: user.id,
    email,
    expiresAt: new Date(ctx.now.getTime() + emailChangeHours * 3_600_000),
  });
  const link = `${ctx.publicUrl}/account/email?token=${token}`;
  const french = user.locale === "fr";
  await ctx.mailer.send({
    to: email,
    subject: french ? "Cocrea : confirmez votre nouvelle adresse" : "Cocrea: confirm your new address",
    text: french
      ? `Bonjour ${user.name},\n\nPour que Cocrea vous écrive désormais à cette adresse, ouvrez ce lien (valable ${emailChangeHours} heures, une seule fois) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message.`
      : `Hello ${user.name},\n\nTo have Cocrea write to this address from now on, open this link (valid ${emailChangeHours} hours, once):\n${link}\n\nIf you did not ask for it, ignore this message.`,
  });
  await ctx.mailer.send({
    to: user.email,
    subject: french ? "Cocrea : changement d'adresse demandé" : "Cocrea: address change asked",
    text: french
      ? `Bonjour ${user.name},\n\nUn changement de l'adresse de votre compte a été demandé. Cette adresse reste la vôtre tant que le lien envoyé à la nouvelle n'est pas ouvert. Si ce n'est pas vous, changez votre mot de passe.`
      : `Hello ${user.name},\n\nA change of your account's address was asked. This address stays yours until the link sent to the new one is opened. If it was not you, change your password.`,
  });
}

/** Opens a confirmation link: the address becomes the account's, and the person's other pending changes are voided. */
export async function confirmEmailChange(ctx: Context, input: { token: string }): Promise<UserRow> {
  return ctx.db.transaction(async (tx) => {
    const [change] = await tx
      .update(emailChanges)
      .set({ usedAt: ctx.now })
      .where(
        and(
          eq(emailChanges.id, hashToken(input.token)),
          isNull(emailChanges.usedAt),
          gt(emailChanges.expiresAt, ctx.now),
        ),
      )
      .returning();
    if (!change) {
      throw new AppError(
        "email-change-invalid",
        "This confirmation link is invalid, expired or already used. Ask for a new one.",
        { field: "token" },
      );
    }
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${change.email}) AND ${users.id} <> ${change.userId}`);
    if (taken) throw new AppError("email-taken", "This address already has an account.", { field: "email" });
    await tx
      .update(emailChanges)
      .set({ usedAt: ctx.now })
      .where(and(eq(emailChanges.userId, change.userId), isNull(emailChanges.usedAt)));
    return openAccountStore(tx).updateUser(change.userId, { email: change.email });
  });
}
