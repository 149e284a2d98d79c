// The account page in Chromium, in French: a participant renames themself, downloads their data as JSON, deletes
// their account, and can no longer sign in.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { journeyPassword, signUp } from "../support/sign-up-page.ts";

const timeout = 15_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const owner = { name: "Karim Benali", email: `karim-a-${unique}@example.org` };
const person = { name: "Camille Martin", email: `camille-a-${unique}@example.org` };
const day = 24 * 3_600_000;
const shots = process.env.COCREA_SCREENSHOTS;

let page: Page;
let ownerPage: Page;
let workspaceId = "";
let ideaId = "";

/** Saves a screenshot when COCREA_SCREENSHOTS names a folder (to look at the pages); otherwise does nothing. */
async function shoot(name: string, target: Page = page): Promise<void> {
  if (!shots) return;
  for (const [size, viewport] of [
    ["desktop", desktop],
    ["phone", phone],
  ] as const) {
    await target.setViewportSize(viewport);
    await target.screenshot({ path: `${shots}/${name}-${size}.png`, fullPage: true });
  }
}

beforeAll(async () => {
  ownerPage = await journey.newPage(desktop);
  await signUp(ownerPage, journey.server, owner);
  await ownerPage.getByLabel("Nom de l'espace").fill("Quartier des Pentes");
  await ownerPage.getByRole("button", { name: "Créer l'espace" }).click();
  await expectTitle(ownerPage, "Quartier des Pentes");
  workspaceId = ownerPage.url().split("/workspaces/")[1] ?? "";
  const now = Date.now();
  const { challenge } = await callApi<{ challenge: { id: string } }>(
    ownerPage,
    "POST",
    `/workspaces/${workspaceId}/challenges`,
    {
      title: "Des rues plus calmes",
      question: "Comment apaiser la circulation dans le quartier ?",
      benefit: "Les idées retenues seront testées au printemps.",
      categories: [],
      projectManager: { name: owner.name, text: "" },
      status: "published",
      timeline: {
        announcementAt: new Date(now - day).toISOString(),
        contributionsOpenAt: new Date(now - day).toISOString(),
        contributionsCloseAt: new Date(now + day).toISOString(),
        votingCloseAt: new Date(now + 2 * day).toISOString(),
        synthesisCloseAt: new Date(now + 3 * day).toISOString(),
      },
    },
  );
  const { url } = await callApi<{ url: string }>(
    ownerPage,
    "POST",
    `/workspaces/${workspaceId}/invitations`,
    {
      role: "participant",
    },
  );
  page = await journey.newPage(desktop);
  await signUp(page, journey.server, person);
  await page.goto(url);
  await page.getByRole("button", { name: "Rejoindre l'espace" }).click();
  await expectTitle(page, /^Quartier des Pentes$/);
  ({
    idea: { id: ideaId },
  } = await callApi<{ idea: { id: string } }>(
    page,
    "POST",
    `/workspaces/${workspaceId}/challenges/${challenge.id}/ideas`,
    {
      title: "Une zone de rencontre rue Burdeau",
      body: "Priorité aux piétons, vitesse limitée à 20 km/h.",
    },
  ));
});

describe("the account page", () => {
  it("lets the workspace's owner leave the fate of contributions to the person", async () => {
    const section = ownerPage.getByRole("region", { name: "Données personnelles" });
    await section.getByLabel("Contributions d'une personne effacée").selectOption("person-chooses");
    await section.getByRole("status").filter({ hasText: "Règle enregistrée." }).waitFor();
    await expectAccessible(ownerPage, "the workspace page's personal data section");
    if (shots) await section.screenshot({ path: `${shots}/erasure-section.png` });
  });

  it("is reached from the header, and saves a new name", async () => {
    await page.getByRole("link", { name: `Mon compte (${person.name})` }).click();
    await expectTitle(page, "Mon compte");
    await page.getByRole("link", { name: "Une zone de rencontre rue Burdeau" }).waitFor();
    await expectAccessible(page, "the account page");
    await page.getByLabel("Nom affiché").fill("Camille M.");
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await page.getByRole("status").filter({ hasText: "Profil enregistré." }).waitFor();
    await page.getByRole("link", { name: "Mon compte (Camille M.)" }).waitFor();
    await shoot("account");
    await page.setViewportSize(phone);
    await expectAccessible(page, "the account page on a phone");
    await page.setViewportSize(desktop);
  });

  it("downloads all the person's data as one JSON document", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger toutes mes données (JSON)" }).click(),
    ]);
    const path = await download.path();
    const data = JSON.parse(await readFile(path, "utf8")) as {
      account: { name: string; email: string };
      datasets: Array<{ name: string; rows: Array<{ id?: string }> }>;
    };
    expect(data.account).toMatchObject({ name: "Camille M.", email: person.email });
    expect(data.datasets.find((d) => d.name === "ideas")?.rows.map((r) => r.id)).toEqual([ideaId]);
    await page.getByRole("link", { name: "ideas.csv" }).waitFor();
  });

  it("deletes the account with the password, after which signing in is refused", async () => {
    const deletion = page.getByRole("region", { name: "Supprimer mon compte" });
    await deletion
      .getByText("Quartier des Pentes : elles restent, signées « Participant supprimé »")
      .waitFor();
    await deletion.getByLabel("Les supprimer").check();
    await deletion
      .getByText("Quartier des Pentes : elles sont supprimées, avec vos soutiens, réactions et votes")
      .waitFor();
    const submit = page.getByRole("button", { name: "Supprimer définitivement mon compte" });
    await deletion.getByLabel("Mot de passe").fill("pas le bon mot de passe");
    await submit.click();
    // Nothing happens without the confirmation ticked, nor with a wrong password.
    await page.getByText("Cochez cette case pour confirmer.").waitFor();
    await deletion.getByLabel("Je comprends que la suppression est définitive.").check();
    await submit.click();
    await deletion.getByText("Ce n'est pas votre mot de passe actuel.").waitFor();
    await deletion.getByLabel("Mot de passe").fill(journeyPassword);
    await submit.click();
    await expectTitle(page, "Compte supprimé");
    // The person chose removal, which the workspace's rule allows: the idea is gone.
    const gone = await ownerPage.evaluate(
      async (path) => (await fetch(path)).status,
      `/api/v1/workspaces/${workspaceId}/ideas/${ideaId}`,
    );
    expect(gone).toBe(404);
    await expectAccessible(page, "the page after deletion");
    await shoot("account-deleted");
    await page.goto(`${journey.server.url}/sign-in`);
    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByLabel("Mot de passe").fill(journeyPassword);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("alert").filter({ hasText: "Adresse e-mail ou mot de passe incorrect." }).waitFor();
    await expectTitle(page, "Se connecter");
  });
});
