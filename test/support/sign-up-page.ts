// Signing up through the web app's form, in French, as every end-to-end journey starts: the form, then the link.
import type { Page } from "playwright-core";
import { confirmationToken } from "./confirm-sign-up.ts";

/** The password of every account the journeys create. */
export const journeyPassword = "un-mot-de-passe-solide";

/** Where a journey's server answers and what it logged (without SMTP_URL its e-mails go to the log). */
export interface MailingServer {
  url: string;
  readonly logs: string[];
}

/**
 * Fills the sign-up form and sends it, waits for "check your e-mail", then opens the link the server e-mailed (read
 * in its log) and activates the account: the browser is then signed in and shows where the sign-up was headed.
 */
export async function signUpAndConfirm(
  page: Page,
  server: MailingServer,
  person: { name: string; email: string },
): Promise<void> {
  const before = server.logs.length;
  await page.getByLabel("Nom").fill(person.name);
  await page.getByLabel("Adresse e-mail").fill(person.email);
  await page.getByLabel("Mot de passe").fill(journeyPassword);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByRole("status").filter({ hasText: "C'est envoyé" }).waitFor();
  let token = confirmationToken(server.logs.slice(before));
  for (let tries = 0; !token && tries < 200; tries++) {
    await page.waitForTimeout(50);
    token = confirmationToken(server.logs.slice(before));
  }
  if (!token) throw new Error("no confirmation link in the server's log");
  await page.goto(`${server.url}/confirm-sign-up?token=${token}`);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
}

/** Signs `person` up on the sign-up page of `server` and waits for their (empty) list of workspaces. */
export async function signUp(
  page: Page,
  server: MailingServer,
  person: { name: string; email: string },
): Promise<void> {
  await page.goto(`${server.url}/sign-up`);
  await signUpAndConfirm(page, server, person);
  await page.getByRole("heading", { level: 1, name: "Mes espaces" }).waitFor();
}
