// A workspace's erasure policy: what becomes of a person's contributions when their data is erased.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open-database.ts";
import { workspaceErasurePolicies } from "../../db/schema/erasure.ts";

export type ErasurePolicy = (typeof workspaceErasurePolicies.$inferSelect)["policy"];
export type ContributionsChoice = "keep" | "remove";

/** The policy of a workspace: `keep` when the owners never chose another. */
export async function erasurePolicyOf(db: Pick<Db, "select">, workspaceId: string): Promise<ErasurePolicy> {
  const [row] = await db
    .select({ policy: workspaceErasurePolicies.policy })
    .from(workspaceErasurePolicies)
    .where(eq(workspaceErasurePolicies.workspaceId, workspaceId));
  return row?.policy ?? "keep";
}

/**
 * What happens to the contributions under `policy` when the person asked `asked` (or nothing): `keep` keeps them
 * under a "deleted participant" whatever was asked, `remove` removes them whatever was asked, `person-chooses`
 * follows the person and keeps them when they did not say.
 */
export function contributionsUnder(
  policy: ErasurePolicy,
  asked: ContributionsChoice | undefined,
): ContributionsChoice {
  if (policy === "person-chooses") return asked ?? "keep";
  return policy;
}
