// Listening projects for tests: create one with a frame, upload and import a CSV, wait for the import to end.
import type { ApiClient } from "./api-client.ts";

export const frameOf = (overrides: Record<string, unknown> = {}) => ({
  brand: { name: "Nantes", query: 'Nantes OR "ville de Nantes" -"Nantes Métropole Basket"' },
  competitors: [
    { name: "Rennes", query: "Rennes" },
    { name: "Angers", query: "Angers" },
  ],
  sources: [],
  periodStart: null,
  periodEnd: null,
  language: "auto",
  ...overrides,
});

export const sampleCsv = [
  "id;date;author;source;channel;text;reach;likes",
  "a1;2025-03-01T10:00:00Z;@marie;twitter.com;social;Nantes a un super marché de Noël, bravo !;1200;15",
  "a2;2025-03-01T11:00:00Z;@paul;twitter.com;social;Les bus de Nantes sont toujours en retard, c'est nul;300;2",
  "a3;2025-03-02T09:00:00Z;Ouest-France;ouest-france.fr;press;Rennes inaugure une nouvelle médiathèque;50000;40",
  "a4;2025-03-02T12:00:00Z;@lea;facebook.com;social;Angers et Nantes se disputent le festival;800;5",
  "a5;2025-03-03T08:00:00Z;@jo;twitter.com;social;Il pleut sur la Loire;100;0",
].join("\n");

export const projectsPath = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/listening/projects`;

/** Creates a project with the standard frame; returns its path. */
export async function createProject(client: ApiClient, workspaceId: string, name = "Audit Nantes") {
  const created = await client.post<{ project: { id: string } }>(projectsPath(workspaceId), {
    name,
    frame: frameOf(),
  });
  if (created.status !== 201) throw new Error(`project creation failed: ${JSON.stringify(created.body)}`);
  return `${projectsPath(workspaceId)}/${created.body.project.id}`;
}

/** Uploads `content` as raw bytes; returns the answer (preview, proposed mapping). */
export function upload(
  client: ApiClient,
  projectPath: string,
  content: string | Buffer,
  fileName = "mentions.csv",
) {
  return client.request<{
    uploadId: string;
    columns: string[];
    mapping: Record<string, string>;
    preview: unknown[];
    format: string;
  }>(
    "POST",
    `${projectPath}/uploads?fileName=${encodeURIComponent(fileName)}`,
    typeof content === "string" ? content : new Uint8Array(content),
    { "content-type": "application/octet-stream" },
  );
}

export interface ImportView {
  id: string;
  status: string;
  taken: number;
  done: number;
  total: number;
  duplicates: Array<{ line: number; reason: string }>;
  rejected: Array<{ line: number; reason: string; field?: string }>;
  error: string | null;
}

/** Polls the import until it has ended (done, failed or cancelled). */
export async function waitForImport(
  client: ApiClient,
  projectPath: string,
  importId: string,
): Promise<ImportView> {
  for (;;) {
    const response = await client.get<{ import: ImportView }>(`${projectPath}/imports/${importId}`);
    const status = response.body.import?.status;
    if (status !== "queued" && status !== "running") return response.body.import;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uploads and imports `content` with the proposed mapping (or `mapping`), and waits for the report. */
export async function importFile(
  client: ApiClient,
  projectPath: string,
  content: string = sampleCsv,
  mapping?: Record<string, string>,
  fileName = "mentions.csv",
): Promise<ImportView> {
  const uploaded = await upload(client, projectPath, content, fileName);
  if (uploaded.status !== 201) throw new Error(`upload failed: ${JSON.stringify(uploaded.body)}`);
  const started = await client.post<{ import: { id: string } }>(`${projectPath}/imports`, {
    uploadId: uploaded.body.uploadId,
    mapping: mapping ?? uploaded.body.mapping,
  });
  if (started.status !== 202) throw new Error(`import failed: ${JSON.stringify(started.body)}`);
  return waitForImport(client, projectPath, started.body.import.id);
}
