// Asks for an account: the same answer whether the address is new or taken, and an e-mail to the address either way.
import { signUpRequests } from "../../db/schema/sign-up-requests.ts";
import { openAccountStore } from "../../db/stores/account-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import { checkPassword, hashPassword, hashToken, newToken } from "./secrets.ts";

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  locale?: "fr" | "en";
  /** A path of this site to open once the address is confirmed (an invitation's page, say). */
  next?: string;
}

/** How long a confirmation link works. */
export const confirmHours = 24;

/**
 * Asks for an account. Nothing tells the caller whether the address already has one (an oracle of who is
 * registered): the input is checked and the password hashed in both cases, and the mailbox gets either a
 * confirmation link (a new address: the account is created when it is opened, `confirm-sign-up.ts`) or a note that
 * someone tried to create an account with it (a taken address: sign in or reset the password). When `actor` is
 * anonymous, confirming claims that identity (same user id, so its memberships and posts stay).
 */
export async function signUp(ctx: Context, actor: Actor | undefined, input: SignUpInput): Promise<void> {
  checkPassword(input.password);
  const email = input.email.trim();
  const name = input.name.trim();
  if (name.length === 0) throw new AppError("invalid-input", "Please give a name.", { field: "name" });
  const passwordHash = await hashPassword(input.password);
  const existing = await openAccountStore(ctx.db).userByEmail(email);
  const french = (existing?.locale ?? input.locale ?? "fr") === "fr";
  if (existing?.email) {
    await ctx.mailer.send({ to: existing.email, ...takenMail(ctx.publicUrl, existing.name, french) });
    return;
  }
  const token = newToken();
  await ctx.db.insert(signUpRequests).values({
    id: hashToken(token),
    email,
    name,
    passwordHash,
    locale: input.locale ?? null,
    claimUserId: actor?.anonymous ? actor.userId : null,
    next: input.next ?? null,
    expiresAt: new Date(ctx.now.getTime() + confirmHours * 3_600_000),
  });
  const link = `${ctx.publicUrl}/confirm-sign-up?token=${token}`;
  await ctx.mailer.send({
    to: email,
    subject: french ? "Cocrea : confirmez votre adresse" : "Cocrea: confirm your address",
    text: french
      ? `Bonjour ${name},\n\nPour activer votre compte Cocrea, ouvrez ce lien (valable ${confirmHours} heures, une seule fois) :\n${link}\n\nSi vous n'avez pas demandé de compte, ignorez ce message : aucun compte ne sera créé.`
      : `Hello ${name},\n\nTo activate your Cocrea account, open this link (valid ${confirmHours} hours, once):\n${link}\n\nIf you did not ask for an account, ignore this message: none will be created.`,
  });
}

/** The note to an address that already has an account: someone (maybe its owner) tried to sign up with it. */
function takenMail(publicUrl: string, name: string, french: boolean): { subject: string; text: string } {
  const signIn = `${publicUrl}/sign-in`;
  const reset = `${publicUrl}/forgot-password`;
  return french
    ? {
        subject: "Cocrea : votre adresse a déjà un compte",
        text: `Bonjour ${name},\n\nQuelqu'un a essayé de créer un compte Cocrea avec votre adresse, qui en a déjà un. Si c'était vous, connectez-vous :\n${signIn}\nou, si vous avez oublié votre mot de passe, choisissez-en un nouveau :\n${reset}\n\nSinon, ignorez ce message : rien n'a changé.`,
      }
    : {
        subject: "Cocrea: your address already has an account",
        text: `Hello ${name},\n\nSomeone tried to create a Cocrea account with your address, which already has one. If it was you, sign in:\n${signIn}\nor, if you forgot your password, choose a new one:\n${reset}\n\nOtherwise, ignore this message: nothing changed.`,
      };
}
