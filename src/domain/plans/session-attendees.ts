// Who may attend a working session: members of the workspace who read plans (never the public's roles).
import type { PlanSessionStore } from "../../db/stores/plan-session-store.ts";
import { AppError } from "../../errors.ts";
import { can, type Role } from "../permissions.ts";

/** Checks that every one of `userIds` is a member who reads plans; throws naming the first one that is not. */
export async function checkAttendees(
  store: PlanSessionStore,
  userIds: readonly string[],
  field: string,
): Promise<string[]> {
  const unique = [...new Set(userIds)];
  const roles = await store.rolesOf(unique);
  for (const userId of unique) {
    const role = roles.get(userId) as Role | undefined;
    if (!role || !can(role, "plan.read")) {
      throw new AppError(
        "invalid-input",
        "An attendee must be a member of this workspace who reads its plans.",
        {
          field: `${field}/${userIds.indexOf(userId)}`,
          details: { userId },
        },
      );
    }
  }
  return unique;
}
