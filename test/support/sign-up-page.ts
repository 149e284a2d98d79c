// Signing up through the web app's form, in French, as every end-to-end journey starts.
import type { Page } from "playwright-core";

/** The password of every account the journeys create. */
export const journeyPassword = "un-mot-de-passe-solide";

/** Signs `person` up on the sign-up page of the server at `baseUrl` and waits for their (empty) list of workspaces. */
export async function signUp(
  page: Page,
  baseUrl: string,
  person: { name: string; email: string },
): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel("Nom").fill(person.name);
  await page.getByLabel("Adresse e-mail").fill(person.email);
  await page.getByLabel("Mot de passe").fill(journeyPassword);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByRole("heading", { level: 1, name: "Mes espaces" }).waitFor();
}
