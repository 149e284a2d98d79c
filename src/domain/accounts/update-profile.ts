// A person changes their display name or interface language.
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";

export async function updateProfile(
  ctx: Context,
  actor: Actor,
  input: { name?: string; locale?: "fr" | "en" },
): Promise<UserRow> {
  const name = input.name?.trim();
  if (name !== undefined && name.length === 0) {
    throw new AppError("invalid-input", "Please give a name.", { field: "name" });
  }
  return openAccountStore(ctx.db).updateUser(actor.userId, {
    ...(name !== undefined ? { name } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
  });
}
