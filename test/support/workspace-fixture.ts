// Builds a workspace with one member of each role, each with their own signed-in client.
import type { ApiClient } from "./api-client.ts";
import type { TestServer } from "./test-server.ts";

export type RoleName = "owner" | "manager" | "moderator" | "participant" | "guest";
export const allRoles: RoleName[] = ["owner", "manager", "moderator", "participant", "guest"];

export interface Person {
  client: ApiClient;
  userId: string;
  email: string;
}

export interface WorkspaceFixture {
  workspaceId: string;
  people: Record<RoleName, Person>;
  /** Adds a fresh member with `role` (through an invitation link) and returns them. */
  addMember(role: RoleName): Promise<Person>;
  invite(role: RoleName, by?: ApiClient): Promise<{ token: string; invitationId: string }>;
}

export async function createWorkspaceFixture(
  server: TestServer,
  options: { name?: string; allowAnonymous?: boolean } = {},
): Promise<WorkspaceFixture> {
  const owner = await server.signedUp("Owner");
  const created = await owner.client.post<{ workspace: { id: string } }>("/api/v1/workspaces", {
    name: options.name ?? "Ville test",
    kind: "city",
    allowAnonymous: options.allowAnonymous ?? false,
  });
  if (created.status !== 201) throw new Error(`workspace creation failed: ${JSON.stringify(created.body)}`);
  const workspaceId = created.body.workspace.id;

  const invite = async (role: RoleName, by: ApiClient = owner.client) => {
    const response = await by.post<{ token: string; invitation: { id: string } }>(
      `/api/v1/workspaces/${workspaceId}/invitations`,
      { role },
    );
    if (response.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(response.body)}`);
    return { token: response.body.token, invitationId: response.body.invitation.id };
  };
  const addMember = async (role: RoleName): Promise<Person> => {
    const person = await server.signedUp(`A ${role}`);
    const { token } = await invite(role);
    const accepted = await person.client.post(`/api/v1/invitations/${token}/accept`);
    if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
    return person;
  };

  const people = { owner } as Record<RoleName, Person>;
  for (const role of allRoles.filter((r) => r !== "owner")) people[role] = await addMember(role);
  return { workspaceId, people, addMember, invite };
}
