// One case of the authorization matrix (test/integration/authorization.test.ts): a route, the action that guards it,
// and how to build a concrete request to it.
import type { Action, Role } from "../../src/domain/permissions.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

export interface RouteCase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route as the OpenAPI document writes it. */
  route: string;
  action: Action;
  /**
   * Builds the concrete path and body, creating a fresh target in workspace `w` when the route needs one; `role` is
   * who will call it, for targets that must be one's own (an idea to edit).
   */
  prepare(
    w: WorkspaceFixture,
    role: Role,
  ): Promise<{ path: string; body?: unknown; headers?: Record<string, string> }>;
}
