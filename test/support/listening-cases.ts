// The listening routes' cases of the authorization matrix: each builds its target in the workspace it is given.
import type { Action, Role } from "../../src/domain/permissions.ts";
import { createProject, importFile, sampleCsv, upload } from "./listening-fixture.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

interface ListeningRouteCase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  route: string;
  action: Action;
  prepare(
    w: WorkspaceFixture,
    role: Role,
  ): Promise<{ path: string; body?: unknown; headers?: Record<string, string> }>;
}

/** One project per workspace holding the sample mentions and one snapshot, made by its owner. */
const projects = new Map<
  WorkspaceFixture,
  Promise<{ path: string; mentionId: string; snapshotId: string }>
>();
function projectOf(w: WorkspaceFixture) {
  let found = projects.get(w);
  if (!found) {
    found = (async () => {
      const owner = w.people.owner.client;
      const path = await createProject(owner, w.workspaceId);
      await importFile(owner, path);
      const list = await owner.get<{ mentions: Array<{ id: string }> }>(`${path}/mentions`);
      const snapshot = await owner.post<{ snapshot: { id: string } }>(`${path}/snapshots`, { name: "T0" });
      return { path, mentionId: list.body.mentions[0]?.id ?? "0", snapshotId: snapshot.body.snapshot.id };
    })();
    projects.set(w, found);
  }
  return found;
}
const base = "/api/v1/workspaces/{workspaceId}/listening/projects";
const project = `${base}/{projectId}`;
const frame = {
  brand: { name: "Nantes", query: "Nantes" },
  competitors: [{ name: "Rennes", query: "Rennes" }],
  sources: [],
  periodStart: null,
  periodEnd: null,
  language: "auto",
};

/**
 * A feed source of the workspace's project, added by its owner. Its address is private, so its polls are refused
 * before any connection: the matrix reaches no network.
 */
async function feedSourceOf(w: WorkspaceFixture) {
  const { path } = await projectOf(w);
  const added = await w.people.owner.client.post<{ source: { id: string } }>(`${path}/feeds`, {
    url: `http://10.9.9.9/${w.workspaceId}/${Math.random().toString(36).slice(2)}.xml`,
  });
  return { path, sourceId: added.body.source.id };
}

export const listeningCases: ListeningRouteCase[] = [
  {
    method: "GET",
    route: base,
    action: "listening.read",
    prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/listening/projects` }),
  },
  {
    method: "POST",
    route: base,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `/api/v1/workspaces/${w.workspaceId}/listening/projects`,
      body: { name: "Veille" },
    }),
  },
  {
    method: "GET",
    route: project,
    action: "listening.read",
    prepare: async (w) => ({ path: (await projectOf(w)).path }),
  },
  {
    method: "POST",
    route: `${project}/uploads`,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `${(await projectOf(w)).path}/uploads?fileName=m.csv`,
      body: sampleCsv,
      headers: { "content-type": "application/octet-stream" },
    }),
  },
  {
    method: "POST",
    route: `${project}/imports`,
    action: "listening.manage",
    prepare: async (w) => {
      const { path } = await projectOf(w);
      const uploaded = await upload(w.people.owner.client, path, sampleCsv);
      return {
        path: `${path}/imports`,
        body: { uploadId: uploaded.body.uploadId, mapping: uploaded.body.mapping },
      };
    },
  },
  {
    method: "POST",
    route: `${project}/paste`,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `${(await projectOf(w)).path}/paste`,
      body: { text: "Nantes, encore Nantes" },
    }),
  },
  {
    method: "GET",
    route: `${project}/imports/{importId}`,
    action: "listening.read",
    prepare: async (w) => {
      const { path } = await projectOf(w);
      const detail = await w.people.owner.client.get<{ imports: Array<{ id: string }> }>(path);
      return { path: `${path}/imports/${detail.body.imports[0]?.id}` };
    },
  },
  {
    method: "DELETE",
    route: `${project}/imports/{importId}`,
    action: "listening.manage",
    prepare: async (w) => {
      // A queued import of a large upload, so that it has not ended when the cancel arrives.
      const { path } = await projectOf(w);
      const rows = Array.from({ length: 5_000 }, (_, i) => `Nantes numéro ${i} au ${w.workspaceId}`).join(
        "\n",
      );
      const uploaded = await upload(w.people.owner.client, path, `text\n${rows}`);
      const started = await w.people.owner.client.post<{ import: { id: string } }>(`${path}/imports`, {
        uploadId: uploaded.body.uploadId,
        mapping: { text: "text" },
      });
      return { path: `${path}/imports/${started.body.import.id}` };
    },
  },
  {
    method: "POST",
    route: `${project}/frame/counts`,
    action: "listening.manage",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/frame/counts`, body: frame }),
  },
  {
    method: "PUT",
    route: `${project}/frame`,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `${(await projectOf(w)).path}/frame`,
      body: {
        ...frame,
        competitors: [
          { name: "Rennes", query: "Rennes" },
          { name: "Angers", query: "Angers" },
        ],
      },
    }),
  },
  {
    method: "GET",
    route: `${project}/audit`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/audit` }),
  },
  {
    method: "GET",
    route: `${project}/mentions`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/mentions?polarity=negative` }),
  },
  {
    method: "PUT",
    route: `${project}/mentions/{mentionId}/correction`,
    action: "listening.manage",
    prepare: async (w) => {
      const { path, mentionId } = await projectOf(w);
      return { path: `${path}/mentions/${mentionId}/correction`, body: { polarity: "neutral" } };
    },
  },
  {
    method: "POST",
    route: `${project}/corrections`,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `${(await projectOf(w)).path}/corrections`,
      body: { filter: { q: "médiathèque" }, correction: { dimension: "products-and-services" } },
    }),
  },
  {
    method: "POST",
    route: `${project}/rules`,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `${(await projectOf(w)).path}/rules`,
      body: { term: "marché de Noël", polarity: "neutral" },
    }),
  },
  {
    method: "DELETE",
    route: `${project}/rules/{ruleId}`,
    action: "listening.manage",
    prepare: async (w) => {
      const { path } = await projectOf(w);
      const rule = await w.people.owner.client.post<{ rule: { id: string } }>(`${path}/rules`, {
        term: "Loire",
        relevant: false,
      });
      return { path: `${path}/rules/${rule.body.rule.id}` };
    },
  },
  {
    method: "GET",
    route: `${project}/snapshots`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/snapshots` }),
  },
  {
    method: "POST",
    route: `${project}/snapshots`,
    action: "listening.manage",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/snapshots`, body: { name: "T1" } }),
  },
  {
    method: "GET",
    route: `${project}/snapshots/{snapshotId}`,
    action: "listening.read",
    prepare: async (w) => {
      const { path, snapshotId } = await projectOf(w);
      return { path: `${path}/snapshots/${snapshotId}` };
    },
  },
  {
    method: "GET",
    route: `${project}/comparison`,
    action: "listening.read",
    prepare: async (w) => {
      const { path, snapshotId } = await projectOf(w);
      return { path: `${path}/comparison?before=${snapshotId}&after=${snapshotId}` };
    },
  },
  {
    method: "GET",
    route: `${project}/export/{file}`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/export/mentions.csv` }),
  },
  {
    method: "GET",
    route: `${project}/feeds`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/feeds` }),
  },
  {
    method: "POST",
    route: `${project}/feeds`,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `${(await projectOf(w)).path}/feeds`,
      body: { url: `http://10.9.9.9/${Math.random().toString(36).slice(2)}.xml` },
    }),
  },
  {
    method: "PATCH",
    route: `${project}/feeds/{sourceId}`,
    action: "listening.manage",
    prepare: async (w) => {
      const { path, sourceId } = await feedSourceOf(w);
      return { path: `${path}/feeds/${sourceId}`, body: { status: "paused" } };
    },
  },
  {
    method: "DELETE",
    route: `${project}/feeds/{sourceId}`,
    action: "listening.manage",
    prepare: async (w) => {
      const { path, sourceId } = await feedSourceOf(w);
      return { path: `${path}/feeds/${sourceId}` };
    },
  },
  {
    method: "GET",
    route: `${project}/authors`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/authors` }),
  },
  {
    method: "GET",
    route: `${project}/report`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/report?language=fr` }),
  },
  {
    method: "GET",
    route: `${project}/report.pdf`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${(await projectOf(w)).path}/report.pdf?language=en` }),
  },
];
