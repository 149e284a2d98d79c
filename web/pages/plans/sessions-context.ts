// What the working-session components need to know about the plan and the person reading it.
import type { MemberData, Role } from "../../api/types.ts";

export interface SessionsContext {
  workspaceId: string;
  planId: string;
  role: Role;
  members: MemberData[];
  /** Reloads the sessions after a write or a live event. */
  reload: () => void;
}
