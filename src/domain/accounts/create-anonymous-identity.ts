// A pseudonymous identity bound to one browser, for workspaces that accept anonymous participants.
import { randomInt } from "node:crypto";
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import type { Context } from "../context.ts";

const animals = [
  "Colibri",
  "Hérisson",
  "Loutre",
  "Renard",
  "Mésange",
  "Castor",
  "Lynx",
  "Héron",
  "Blaireau",
  "Martinet",
];

/** Creates an anonymous user named like "Colibri 4821": recognisable in a thread, tied to no one. */
export async function createAnonymousIdentity(ctx: Context, locale: "fr" | "en" = "fr"): Promise<UserRow> {
  const name = `${animals[randomInt(animals.length)]} ${randomInt(1000, 10000)}`;
  return openAccountStore(ctx.db).insertUser({ name, anonymous: true, locale });
}
