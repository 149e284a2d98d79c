// Checks an e-mail and password; the same answer and the same time whether the e-mail exists or not.
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import { AppError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { verifyPassword } from "./secrets.ts";

export async function signIn(ctx: Context, input: { email: string; password: string }): Promise<UserRow> {
  const user = await openAccountStore(ctx.db).userByEmail(input.email.trim());
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok) throw new AppError("invalid-credentials", "E-mail or password is wrong.");
  return user;
}
