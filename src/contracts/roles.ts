// Who may hand out and block which roles: one table the server enforces and the web app reads to offer only what
// the server would accept.
import type { Static } from "@sinclair/typebox";
import type { RoleSchema } from "./common.ts";

type Role = Static<typeof RoleSchema>;

/** Roles each role may hand out, change or remove: nobody grants more than they hold. */
export const assignableRoles: Record<Role, readonly Role[]> = {
  owner: ["owner", "manager", "moderator", "participant", "guest"],
  manager: ["moderator", "participant", "guest"],
  moderator: [],
  participant: [],
  guest: [],
};

/** Roles each role may block: never an owner or a manager, and a moderator only by those above. */
export const blockableRoles: Record<Role, readonly Role[]> = {
  owner: ["moderator", "participant", "guest"],
  manager: ["moderator", "participant", "guest"],
  moderator: ["participant", "guest"],
  participant: [],
  guest: [],
};
