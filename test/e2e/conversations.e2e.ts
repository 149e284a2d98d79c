// A challenge's conversation in Chromium: two people vote in two browser contexts and each sees the map move live.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const timeout = 15_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const fixture = join(import.meta.dirname, "../fixtures/polis/15-per-hour-seattle");
const hour = 3_600_000;

let managerPage: Page;
let participantPage: Page;
let challengeApiPath = "";

/** The vote count of the map the page shows (0 before there is one). */
async function shownVotes(page: Page): Promise<number> {
  const value = await page.locator(".opinion-map").getAttribute("data-vote-count");
  return Number(value ?? 0);
}

describe("conversation", () => {
  it("lets two people vote in two browsers, each seeing the opinion map update without reload", async () => {
    const manager = await journey.newPage({ width: 1280, height: 800 });
    await signUp(manager, journey.server, { name: "Karim Benali", email: `karim-${unique}@example.org` });
    await manager.getByLabel("Nom de l'espace").fill("Mairie de Lyon");
    await manager.getByRole("button", { name: "Créer l'espace" }).click();
    await manager.getByRole("heading", { level: 1, name: "Mairie de Lyon" }).waitFor();
    const workspaceId = manager.url().split("/workspaces/")[1] ?? "";
    const at = (offset: number) => new Date(Date.now() + offset).toISOString();
    const { challenge } = await callApi<{ challenge: { id: string } }>(
      manager,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "Le salaire minimum à 15 dollars",
        question: "Que pensez-vous de ces affirmations ?",
        benefit: "Le conseil lira la carte des opinions avant de voter.",
        projectManager: { name: "Karim Benali" },
        status: "published",
        conversation: true,
        timeline: {
          announcementAt: at(-2 * hour),
          contributionsOpenAt: at(-hour),
          contributionsCloseAt: at(24 * hour),
          votingCloseAt: at(48 * hour),
          synthesisCloseAt: at(72 * hour),
        },
      },
    );
    const challengePath = `/workspaces/${workspaceId}/challenges/${challenge.id}`;
    challengeApiPath = challengePath;
    await callApi(manager, "POST", `${challengePath}/conversation/import`, {
      comments: await readFile(join(fixture, "comments.csv"), "utf8"),
      votes: await readFile(join(fixture, "votes.csv"), "utf8"),
    });
    const { url: invitation } = await callApi<{ url: string }>(
      manager,
      "POST",
      `/workspaces/${workspaceId}/invitations`,
      { role: "participant" },
    );

    const participant = await journey.newPage();
    await signUp(participant, journey.server, { name: "Léa Dubois", email: `lea-${unique}@example.org` });
    await participant.goto(invitation);
    await participant.getByRole("button", { name: "Rejoindre l'espace" }).click();
    await participant.getByRole("heading", { level: 1, name: "Mairie de Lyon" }).waitFor();

    for (const page of [manager, participant]) {
      await page.goto(`${journey.server.url}${challengePath}/debate`);
      await page.getByRole("heading", { level: 2, name: "Débat" }).waitFor();
      await page.getByRole("img", { name: /Carte des opinions/ }).waitFor();
      await page.getByText("Mises à jour en direct").waitFor();
    }
    const before = await shownVotes(participant);
    expect(before).toBeGreaterThan(0);
    await expectAccessible(participant, "conversation of a participant, on a phone");
    await expectAccessible(manager, "conversation of a manager, with moderation and Pol.is exchange");

    // The participant agrees with the first statement shown; both maps count the vote, and place the participant.
    await participant.getByRole("button", { name: "D'accord", exact: true }).click();
    await participant.getByText("Vote enregistré : d'accord.").waitFor();
    await expect.poll(() => shownVotes(manager), { timeout }).toBe(before + 1);
    await expect.poll(() => shownVotes(participant), { timeout }).toBe(before + 1);
    await participant.locator(".opinion-map-drawing").getByText("Vous").waitFor();

    // The manager votes from the keyboard; the participant's map follows without reload.
    await manager.getByRole("button", { name: "Pas d'accord" }).focus();
    await manager.keyboard.press("Enter");
    await manager.getByText("Vote enregistré : pas d'accord.").waitFor();
    await expect.poll(() => shownVotes(participant), { timeout }).toBe(before + 2);
    await manager.locator(".opinion-map-drawing").getByText("Vous").waitFor();

    // The participant proposes a statement: shown at once (no moderation in this challenge).
    await participant
      .getByLabel("Proposer une affirmation")
      .fill("Les petits commerces ont besoin d'un délai.");
    await participant.getByRole("button", { name: "Proposer" }).click();
    await participant.getByText("Merci ! Votre affirmation est soumise au vote.").waitFor();
    await expectAccessible(participant, "conversation after voting and proposing");
    managerPage = manager;
    participantPage = participant;
  });

  it("holds proposals for a moderator when the brief asks, the queue filling live", async () => {
    await callApi(managerPage, "PATCH", challengeApiPath, { statementModeration: true });
    await managerPage.reload();
    await managerPage.getByRole("heading", { name: "Affirmations à modérer (0)" }).waitFor();
    await managerPage.getByText("Mises à jour en direct").waitFor();
    await participantPage.getByLabel("Proposer une affirmation").fill("Un an de transition pour les cafés.");
    await participantPage.getByRole("button", { name: "Proposer" }).click();
    await participantPage
      .getByText("Merci ! Votre affirmation sera soumise au vote après modération.")
      .waitFor();

    await managerPage.getByRole("heading", { name: "Affirmations à modérer (1)" }).waitFor();
    await managerPage.getByText("Un an de transition pour les cafés.").waitFor();
    await expectAccessible(managerPage, "conversation with a statement to moderate");
    await managerPage.getByRole("button", { name: "Rejeter" }).click();
    await expect
      .poll(() => managerPage.getByLabel("Motif du rejet").getAttribute("aria-invalid"), { timeout })
      .toBe("true");
    await managerPage.getByRole("button", { name: "Accepter" }).click();
    await managerPage.getByRole("heading", { name: "Affirmations à modérer (0)" }).waitFor();
  });
});
