// Creates an account, or turns the browser's anonymous identity into one, keeping its contributions.
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import { checkPassword, hashPassword } from "./secrets.ts";

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  locale?: "fr" | "en";
}

/** Signs up; when `actor` is anonymous, claims that identity (same user id, so its memberships and posts stay). */
export async function signUp(ctx: Context, actor: Actor | undefined, input: SignUpInput): Promise<UserRow> {
  checkPassword(input.password);
  const email = input.email.trim();
  const name = input.name.trim();
  if (name.length === 0) throw new AppError("invalid-input", "Please give a name.", { field: "name" });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const store = openAccountStore(tx);
    if (await store.userByEmail(email)) {
      throw new AppError("email-taken", "An account already uses this e-mail address. Sign in instead.", {
        field: "email",
      });
    }
    const values = {
      email,
      name,
      passwordHash,
      anonymous: false,
      ...(input.locale ? { locale: input.locale } : {}),
    };
    if (actor?.anonymous) return store.updateUser(actor.userId, values);
    return store.insertUser(values);
  });
}
