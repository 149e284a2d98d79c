// Checks an e-mail and password; the same answer and the same time whether the e-mail exists or not.
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import { AppError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { verifyPassword } from "./secrets.ts";
import { throttledSignIn } from "./sign-in-throttle.ts";

/**
 * Signs in; repeated failures on one account slow its next attempts (sign-in-throttle.ts), from any address and on
 * any server process, the same whether the account exists or not.
 */
export async function signIn(ctx: Context, input: { email: string; password: string }): Promise<UserRow> {
  const found = await openAccountStore(ctx.db).userByEmail(input.email.trim());
  // The check runs on the connection holding the account's lock and needs no other (the pool cannot run dry).
  const user = await throttledSignIn(ctx.db, input.email, ctx.now, async () => {
    const ok = await verifyPassword(found?.passwordHash, input.password);
    return found && ok ? found : undefined;
  });
  if (!user) throw new AppError("invalid-credentials", "E-mail or password is wrong.");
  return user;
}
