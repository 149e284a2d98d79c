// Calendar items of a plan for tests, made through the API by a member who manages plans.
import type { CalendarItem } from "../../src/contracts/plan-calendar.ts";
import type { ApiClient } from "./api-client.ts";
import { workspaceApi } from "./plan-fixture.ts";

/** Adds an item to `planId`'s calendar (a draft Instagram post unless told) and returns it as the views show it. */
export async function createCalendarItem(
  client: ApiClient,
  workspaceId: string,
  planId: string,
  fields: Record<string, unknown> = {},
): Promise<CalendarItem> {
  const response = await client.post<{ item: CalendarItem }>(
    `${workspaceApi(workspaceId)}/plans/${planId}/calendar/items`,
    { title: "Annonce du marché", channel: "Instagram", status: "draft", ...fields },
  );
  if (response.status !== 201) throw new Error(`calendar item failed: ${JSON.stringify(response.body)}`);
  return response.body.item;
}
