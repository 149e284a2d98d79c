// The demo workspace a fresh instance starts with, so a newcomer has something to look at after `npm start`.
import { openAccountStore } from "../../db/stores/account-store.ts";
import { openWorkspaceStore } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import { hashPassword } from "../accounts/secrets.ts";
import type { Context } from "../context.ts";
import { createWorkspace } from "../workspaces/create-workspace.ts";
import { createDemoCalendar } from "./create-demo-calendar.ts";
import { createDemoChallenge, type DemoPeople } from "./create-demo-challenge.ts";
import { createDemoListening } from "./create-demo-listening.ts";
import { createDemoPlan } from "./create-demo-plan.ts";
import { createDemoSessions } from "./create-demo-sessions.ts";

export const demoAccount = { email: "demo@cocrea.local", password: "cocrea-demo" };

/** Creates the demo account and workspace unless the demo account exists; returns whether it created them. */
export async function createDemoWorkspace(ctx: Context): Promise<boolean> {
  const accounts = openAccountStore(ctx.db);
  if (await accounts.userByEmail(demoAccount.email)) return false;
  try {
    const owner = await accounts.insertUser({
      email: demoAccount.email,
      name: "Camille Martin",
      passwordHash: await hashPassword(demoAccount.password),
      locale: "fr",
    });
    const workspace = await createWorkspace(
      ctx,
      { userId: owner.id, anonymous: false },
      { name: "Ville de Belleville-sur-Loire (démo)", kind: "city", allowAnonymous: true },
    );
    const store = openWorkspaceStore(ctx.db, workspace.id);
    const people = [
      { key: "karim", name: "Karim Benali", email: "karim@cocrea.local", role: "manager" as const },
      { key: "lea", name: "Léa Dubois", email: "lea@cocrea.local", role: "moderator" as const },
      { key: "horizon", name: "Agence Horizon", email: "horizon@cocrea.local", role: "guest" as const },
      { key: "jules", name: "Jules Petit", email: "jules@cocrea.local", role: "participant" as const },
      { key: "sofia", name: "Sofia Haddad", email: "sofia@cocrea.local", role: "participant" as const },
      { key: "marc", name: "Marc Lefèvre", email: "marc@cocrea.local", role: "participant" as const },
    ];
    const members: Record<string, { userId: string; role: (typeof people)[number]["role"] | "owner" }> = {
      camille: { userId: owner.id, role: "owner" },
    };
    for (const person of people) {
      const user = await accounts.insertUser({ email: person.email, name: person.name, locale: "fr" });
      await store.addMember(user.id, person.role);
      members[person.key] = { userId: user.id, role: person.role };
    }
    await createDemoChallenge(ctx, workspace.id, members as DemoPeople);
    const plan = await createDemoPlan(ctx, workspace.id, members.karim?.userId ?? owner.id);
    await createDemoSessions(ctx, workspace.id, plan.id, {
      managerId: members.karim?.userId ?? owner.id,
      guestId: members.horizon?.userId ?? owner.id,
      ownerId: owner.id,
    });
    await createDemoCalendar(ctx, workspace.id, plan.id, {
      managerId: members.karim?.userId ?? owner.id,
      guestId: members.horizon?.userId ?? owner.id,
    });
    await createDemoListening(ctx, workspace.id, owner.id);
    return true;
  } catch (error) {
    // Two processes starting together on one database: the other one created it.
    if (error instanceof AppError || (error as { code?: string }).code === "23505") return false;
    throw error;
  }
}
