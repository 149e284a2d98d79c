// The challenge console in Chromium: a manager pauses a challenge, ends and reopens a phase, duplicates it and deletes
// it; a participant sees the pause and never the console.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const timeout = 10_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const title = "Un jardin partagé rue des Tilleuls";
const hour = 3_600_000;
const day = 24 * hour;
/** A datetime-local value for an instant `offset` milliseconds from now (pages run in UTC). */
const localInput = (offset: number) => new Date(Date.now() + offset).toISOString().slice(0, 16);

let manager: Page;
let participant: Page;
let workspaceId = "";
let challengeUrl = "";

describe("challenge console", () => {
  it("opens the console from the challenge page of a manager, and not for a participant", async () => {
    manager = await journey.newPage(desktop);
    await signUp(manager, journey.server, { name: "Nadia Haddad", email: `nadia-${unique}@example.org` });
    await manager.getByLabel("Nom de l'espace").fill("Mairie de Pantin");
    await manager.getByRole("button", { name: "Créer l'espace" }).click();
    await expectTitle(manager, "Mairie de Pantin");
    workspaceId = manager.url().split("/workspaces/")[1] ?? "";
    const { challenge } = await callApi<{ challenge: { id: string } }>(
      manager,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title,
        question: "Que planter et comment s'organiser pour le jardin ?",
        benefit: "Les parcelles seront attribuées aux idées retenues dès le printemps.",
        projectManager: { name: "Nadia Haddad" },
        status: "published",
        timeline: {
          announcementAt: new Date(Date.now() - 2 * day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - day).toISOString(),
          contributionsCloseAt: new Date(Date.now() + 2 * day).toISOString(),
          votingCloseAt: new Date(Date.now() + 4 * day).toISOString(),
          synthesisCloseAt: new Date(Date.now() + 6 * day).toISOString(),
        },
      },
    );
    challengeUrl = `${journey.server.url}/workspaces/${workspaceId}/challenges/${challenge.id}`;
    const { url } = await callApi<{ url: string }>(
      manager,
      "POST",
      `/workspaces/${workspaceId}/invitations`,
      {
        role: "participant",
      },
    );
    participant = await journey.newPage();
    await signUp(participant, journey.server, {
      name: "Tom Lefèvre",
      email: `tom-${unique}@example.org`,
    });
    await participant.goto(url);
    await participant.getByRole("button", { name: "Rejoindre l'espace" }).click();
    await expectTitle(participant, "Mairie de Pantin");

    await manager.goto(challengeUrl);
    await expectTitle(manager, title);
    await manager.getByRole("link", { name: "Console du défi" }).click();
    await expectTitle(manager, `Console : ${title}`);
    await manager.getByRole("region", { name: "Calendrier et étapes" }).waitFor();
    await expectAccessible(manager, "challenge console");

    await participant.goto(challengeUrl);
    await expectTitle(participant, title);
    await participant.getByRole("link", { name: "Proposer une idée" }).waitFor();
    expect(await participant.getByRole("link", { name: "Console du défi" }).count()).toBe(0);
    await participant.goto(`${challengeUrl}/console`);
    await expectTitle(participant, "Console réservée aux responsables");
    expect(await participant.getByRole("button", { name: "Mettre en pause" }).count()).toBe(0);
    await expectAccessible(participant, "console refused to a participant, on a phone");
  });

  it("pauses the challenge: the participant reads it paused and cannot propose; resuming gives the floor back", async () => {
    const state = manager.getByRole("region", { name: "Pause et archive" });
    await state.getByRole("button", { name: "Mettre en pause" }).click();
    await manager.getByRole("status").filter({ hasText: "Défi mis en pause." }).waitFor();

    await participant.goto(challengeUrl);
    await participant.getByText(/^Ce défi est en pause depuis le/).waitFor();
    expect(await participant.getByRole("link", { name: "Proposer une idée" }).count()).toBe(0);
    await expectAccessible(participant, "paused challenge, on a phone");

    await state.getByRole("button", { name: "Reprendre" }).click();
    await manager.getByRole("status").filter({ hasText: "Le défi reprend." }).waitFor();
    await participant.reload();
    await participant.getByRole("link", { name: "Proposer une idée" }).waitFor();
  });

  it("ends the contributions now, then reopens them until a later date", async () => {
    const phases = manager.getByRole("region", { name: "Calendrier et étapes" });
    await phases.getByRole("button", { name: "Clore maintenant l'étape « Contributions ouvertes »" }).click();
    await manager.getByRole("status").filter({ hasText: "le défi est maintenant en « Vote »" }).waitFor();
    await participant.reload();
    await participant.getByText("Vote", { exact: true }).first().waitFor();
    expect(await participant.getByRole("link", { name: "Proposer une idée" }).count()).toBe(0);

    await phases.getByLabel("Rouvrir l'étape « Contributions ouvertes » jusqu'au").fill(localInput(day));
    await phases.getByRole("button", { name: "Rouvrir « Contributions ouvertes »" }).click();
    await manager.getByRole("status").filter({ hasText: "est rouverte" }).waitFor();
    await expectAccessible(manager, "console after reopening the contributions");
    await participant.reload();
    await participant.getByRole("link", { name: "Proposer une idée" }).waitFor();
  });

  it("shows the console in English too", async () => {
    await manager.getByRole("button", { name: "English" }).click();
    await expectTitle(manager, `Console: ${title}`);
    await manager.getByRole("region", { name: "Timeline and phases" }).waitFor();
    await expectAccessible(manager, "challenge console in English");
    await manager.getByRole("button", { name: "Français" }).click();
    await expectTitle(manager, `Console : ${title}`);
  });

  it("duplicates the challenge into a draft and lands on its edit page", async () => {
    const duplicate = manager.getByRole("region", { name: "Repartir de ce défi" });
    await duplicate.getByLabel("Titre du nouveau défi").fill("Un jardin partagé, saison 2");
    await duplicate.getByLabel("Annonce du nouveau défi").fill(localInput(30 * day));
    await duplicate.getByRole("button", { name: "Créer le brouillon" }).click();
    await expectTitle(manager, "Modifier « Un jardin partagé, saison 2 »");
  });

  it("deletes the challenge only once its title is typed", async () => {
    await manager.goto(`${challengeUrl}/console`);
    const zone = manager.getByRole("region", { name: "Supprimer le défi" });
    const confirm = zone.getByLabel(/^Pour confirmer, tapez le titre du défi/);
    await confirm.fill("Un jardin");
    await zone.getByRole("button", { name: "Supprimer définitivement" }).click();
    await expect.poll(() => confirm.getAttribute("aria-invalid"), { timeout }).toBe("true");
    await expectAccessible(manager, "delete form with an error");

    await confirm.fill(title);
    await zone.getByRole("button", { name: "Supprimer définitivement" }).click();
    await expectTitle(manager, "Mairie de Pantin");
    await manager.getByText(`Le défi « ${title} » est supprimé`, { exact: false }).waitFor();
    await manager.getByRole("link", { name: "Un jardin partagé, saison 2" }).waitFor();
    expect(await manager.getByRole("link", { name: title, exact: true }).count()).toBe(0);
  });
});
