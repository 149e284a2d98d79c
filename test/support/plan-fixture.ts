// Plans and working sessions for tests, made through the API; and an edit of the readable copy, as the editing
// server writes it after a debounced store.
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/open-database.ts";
import type { ApiClient } from "./api-client.ts";

export const workspaceApi = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;

/** Creates a plan from the French template (or blank) and returns its id. */
export async function createPlan(
  client: ApiClient,
  workspaceId: string,
  template: "communication" | "blank" = "communication",
) {
  const created = await client.post<{ plan: { id: string } }>(`${workspaceApi(workspaceId)}/plans`, {
    title: "Plan de communication du marché",
    language: "fr",
    template,
  });
  if (created.status !== 201) throw new Error(`plan creation failed: ${JSON.stringify(created.body)}`);
  return created.body.plan.id;
}

/** Schedules a session of `planId` and returns its id. */
export async function scheduleSession(
  client: ApiClient,
  workspaceId: string,
  planId: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const response = await client.post<{ session: { id: string } }>(
    `${workspaceApi(workspaceId)}/plans/${planId}/sessions`,
    {
      title: "Session de travail",
      scheduledAt: "2027-03-02T09:00:00.000Z",
      attendeeIds: [],
      agenda: [{ title: "Tour de table", durationMinutes: 15 }],
      ...body,
    },
  );
  if (response.status !== 201) throw new Error(`session failed: ${JSON.stringify(response.body)}`);
  return response.body.session.id;
}

/** Appends `text` to a section's readable copy (Markdown and text), found by its title. */
export async function editSection(db: Db, planId: string, title: string, text: string): Promise<void> {
  const content = JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });
  await db.execute(sql`
    UPDATE plan_sections SET markdown = markdown || ${`\n${text}\n`}, text = text || ${` ${text}`},
      content = ${content}, hash = md5(random()::text)
    WHERE plan_id = ${planId} AND title = ${title}`);
}
