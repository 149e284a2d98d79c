// The data-rights routes' cases of the authorization matrix, and the person's own routes it lists as outside workspaces.
import type { Action, Role } from "../../src/domain/permissions.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

interface AccountDataRouteCase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  route: string;
  action: Action;
  prepare(
    w: WorkspaceFixture,
    role: Role,
  ): Promise<{ path: string; body?: unknown; headers?: Record<string, string> }>;
}

const policy = "/api/v1/workspaces/{workspaceId}/erasure-policy";

export const accountDataCases: AccountDataRouteCase[] = [
  {
    method: "GET",
    route: policy,
    action: "workspace.read",
    prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/erasure-policy` }),
  },
  {
    method: "PUT",
    route: policy,
    action: "workspace.update",
    prepare: async (w) => ({
      path: `/api/v1/workspaces/${w.workspaceId}/erasure-policy`,
      body: { policy: "keep" },
    }),
  },
  {
    method: "POST",
    route: "/api/v1/workspaces/{workspaceId}/members/{userId}/erasure",
    action: "members.erase",
    // A fresh member each time: an erasure cannot be done twice.
    prepare: async (w) => {
      const member = await w.addMember("participant");
      return { path: `/api/v1/workspaces/${w.workspaceId}/members/${member.userId}/erasure`, body: {} };
    },
  },
];

/** Each person's own: covered by account-data.test.ts and erasure.test.ts (the session decides whose data). */
export const accountDataRoutesOutsideWorkspaces = [
  "GET /api/v1/me/data",
  "GET /api/v1/me/data/{file}",
  "GET /api/v1/me/contributions",
  "POST /api/v1/me/erasure",
  "POST /api/v1/me/password",
  "POST /api/v1/me/email",
  "POST /api/v1/me/email/confirm",
];
