// A person downloads everything Cocrea holds about them: the account, then every table that references them.
import { openAccountStore } from "../../db/stores/account-store.ts";
import { type PersonalDataset, personalDatasets } from "../../db/stores/personal-data-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";

/** The export: when it was made, the account, and one dataset per table (memberships, ideas, votes…). */
export interface PersonalData {
  exportedAt: string;
  account: {
    id: string;
    email: string | null;
    name: string;
    locale: string;
    anonymous: boolean;
    createdAt: string;
  };
  datasets: PersonalDataset[];
}

/** Only the person themselves (the route takes the actor from the session, never an id from the request). */
export async function exportPersonalData(ctx: Context, actor: Actor): Promise<PersonalData> {
  const user = await openAccountStore(ctx.db).userById(actor.userId);
  if (!user) throw new AppError("not-signed-in", "This account no longer exists.");
  return {
    exportedAt: ctx.now.toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      anonymous: user.anonymous,
      createdAt: user.createdAt.toISOString(),
    },
    datasets: await personalDatasets(ctx.db, user.id),
  };
}

/** One dataset of the export by its name, or `not-found` naming the datasets there are. */
export async function exportPersonalDataset(
  ctx: Context,
  actor: Actor,
  name: string,
): Promise<PersonalDataset> {
  const { datasets } = await exportPersonalData(ctx, actor);
  const found = datasets.find((dataset) => dataset.name === name);
  if (!found) {
    throw new AppError("not-found", `There is no dataset "${name}".`, {
      field: "file",
      details: { datasets: datasets.map((dataset) => dataset.name) },
    });
  }
  return found;
}
