// Keeps open editing sockets true to the workspace: a changed role or a removed member, a deleted plan.
import { can, type Role } from "../../domain/permissions.ts";
import type { LiveHub } from "../live/live-hub.ts";
import { closeCodes, type PlanRooms } from "./plan-rooms.ts";

/** Re-checks the sockets of a member whose role changed or who left, and closes those of a deleted plan. */
export function watchPlanEditors(hub: LiveHub, rooms: PlanRooms): void {
  hub.onEvent(({ event }) => {
    if (event.type === "plan.deleted") {
      void rooms.closePlan(event.data.planId, closeCodes.planGone, "not-found: the plan was deleted");
      return;
    }
    if (event.type !== "member.role-changed" && event.type !== "member.removed") return;
    const userId = event.data.userId;
    const role: Role | undefined = event.type === "member.removed" ? undefined : event.data.role;
    void rooms.connectionsOf(event.workspaceId).then((connections) => {
      for (const connection of connections) {
        if (connection.userId !== userId) continue;
        if (!role || !can(role, "plan.read")) {
          connection.close(closeCodes.forbidden, "forbidden: your role no longer allows this plan");
        } else connection.readOnly = !can(role, "plan.edit");
      }
    });
  });
}
