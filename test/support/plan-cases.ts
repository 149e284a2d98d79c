// The authorization matrix's cases for plans: the plan, its images, comments and section validations.
import type { RouteCase } from "./route-case.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

/** A fresh plan of `w` from the French template, made by its owner; returns its path. */
export async function planPath(w: WorkspaceFixture, tail = ""): Promise<string> {
  const created = await w.people.owner.client.post<{ plan: { id: string } }>(
    `/api/v1/workspaces/${w.workspaceId}/plans`,
    { title: "Plan de communication", language: "fr" },
  );
  if (created.status !== 201) throw new Error(`plan creation failed: ${JSON.stringify(created.body)}`);
  return `/api/v1/workspaces/${w.workspaceId}/plans/${created.body.plan.id}${tail}`;
}
/** The smallest GIF: a transparent pixel. */
const tinyGif = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
/** A fresh plan's first section's validation path. */
async function validationPath(w: WorkspaceFixture): Promise<string> {
  const path = await planPath(w);
  const read = await w.people.owner.client.get<{ sections: Array<{ id: string }> }>(path);
  return `${path}/sections/${read.body.sections[0]?.id}/validation`;
}

export const planCases: RouteCase[] = [
  {
    method: "GET",
    route: "/api/v1/workspaces/{workspaceId}/plans",
    action: "plan.read",
    prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/plans` }),
  },
  {
    method: "POST",
    route: "/api/v1/workspaces/{workspaceId}/plans",
    action: "plan.manage",
    prepare: async (w) => ({
      path: `/api/v1/workspaces/${w.workspaceId}/plans`,
      body: { title: "Plan 2027", language: "en" },
    }),
  },
  {
    method: "GET",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}",
    action: "plan.read",
    prepare: async (w) => ({ path: await planPath(w) }),
  },
  {
    method: "PATCH",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}",
    action: "plan.manage",
    prepare: async (w) => ({ path: await planPath(w), body: { title: "Plan renommé" } }),
  },
  {
    method: "DELETE",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}",
    action: "plan.manage",
    prepare: async (w) => ({ path: await planPath(w) }),
  },
  {
    method: "POST",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}/images",
    action: "plan.edit",
    prepare: async (w) => ({
      path: await planPath(w, "/images"),
      body: { mediaType: "image/gif", data: tinyGif },
    }),
  },
  {
    method: "GET",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}/images/{imageId}",
    action: "plan.read",
    prepare: async (w) => {
      const path = await planPath(w, "/images");
      const posted = await w.people.owner.client.post<{ image: { url: string } }>(path, {
        mediaType: "image/gif",
        data: tinyGif,
      });
      return { path: posted.body.image.url };
    },
  },
  {
    method: "GET",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}/comments",
    action: "plan.read",
    prepare: async (w) => ({ path: await planPath(w, "/comments") }),
  },
  {
    method: "POST",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}/comments",
    action: "plan.edit",
    prepare: async (w) => {
      const path = await planPath(w);
      const read = await w.people.owner.client.get<{ sections: Array<{ id: string }> }>(path);
      return { path: `${path}/comments`, body: { sectionId: read.body.sections[0]?.id, body: "À revoir" } };
    },
  },
  {
    method: "PUT",
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}/comments/{commentId}/resolution",
    action: "plan.edit",
    prepare: async (w) => {
      const path = await planPath(w);
      const read = await w.people.owner.client.get<{ sections: Array<{ id: string }> }>(path);
      const posted = await w.people.owner.client.post<{ comment: { id: string } }>(`${path}/comments`, {
        sectionId: read.body.sections[0]?.id,
        body: "À revoir",
      });
      return { path: `${path}/comments/${posted.body.comment.id}/resolution`, body: { resolved: true } };
    },
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    method,
    route: "/api/v1/workspaces/{workspaceId}/plans/{planId}/sections/{sectionId}/validation",
    action: "plan.validate" as const,
    prepare: async (w: WorkspaceFixture) => ({ path: await validationPath(w) }),
  })),
];
