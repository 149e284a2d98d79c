// Notifications and moderation in Chromium: a participant chooses what to hear, a notification arrives live in the
// header; a moderator blocks a member with the inline form and finds the act in the moderation log.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, expectTitle } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const timeout = 15_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const manager = { name: "Karim Benali", email: `karim-n-${unique}@example.org` };
const participant = { name: "Léa Dubois", email: `lea-n-${unique}@example.org` };
const moderator = { name: "Sami Roux", email: `sami-n-${unique}@example.org` };
const day = 24 * 3_600_000;

let managerPage: Page;
let participantPage: Page;
let workspaceId = "";
let ideaId = "";
let contributionsCloseAt = 0;

async function join(page: Page, person: { name: string; email: string }, role: string): Promise<void> {
  const { url } = await callApi<{ url: string }>(
    managerPage,
    "POST",
    `/workspaces/${workspaceId}/invitations`,
    {
      role,
    },
  );
  await signUp(page, journey.server, person);
  await page.goto(url);
  await page.getByRole("button", { name: "Rejoindre l'espace" }).click();
  // Exactly: the invitation page's own title contains the workspace's name.
  await expectTitle(page, /^Quartier des Pentes$/);
}

beforeAll(async () => {
  managerPage = await journey.newPage();
  await signUp(managerPage, journey.server, manager);
  await managerPage.getByLabel("Nom de l'espace").fill("Quartier des Pentes");
  await managerPage.getByRole("button", { name: "Créer l'espace" }).click();
  await expectTitle(managerPage, "Quartier des Pentes");
  workspaceId = managerPage.url().split("/workspaces/")[1] ?? "";
});

describe("notifications", () => {
  it("lets a participant turn a kind off, then shows another kind live in their header", async () => {
    // Contributions close in 25 seconds (room for a loaded machine to submit the idea first), so the manager can then
    // say the idea is retained.
    const now = Date.now();
    contributionsCloseAt = now + 25_000;
    const { challenge } = await callApi<{ challenge: { id: string } }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "Des rues plus calmes",
        question: "Comment apaiser la circulation dans le quartier ?",
        benefit: "Les idées retenues seront testées au printemps.",
        categories: [],
        projectManager: { name: manager.name, text: "" },
        status: "published",
        timeline: {
          announcementAt: new Date(now - day).toISOString(),
          contributionsOpenAt: new Date(now - day).toISOString(),
          contributionsCloseAt: new Date(contributionsCloseAt).toISOString(),
          votingCloseAt: new Date(now + day).toISOString(),
          synthesisCloseAt: new Date(now + 2 * day).toISOString(),
        },
      },
    );
    participantPage = await journey.newPage();
    await join(participantPage, participant, "participant");
    ({
      idea: { id: ideaId },
    } = await callApi<{ idea: { id: string } }>(
      participantPage,
      "POST",
      `/workspaces/${workspaceId}/challenges/${challenge.id}/ideas`,
      { title: "Une rue aux enfants", body: "Fermer la rue le mercredi après-midi." },
    ));

    await participantPage.getByRole("link", { name: "Notifications", exact: true }).click();
    await expectTitle(participantPage, "Notifications");
    await participantPage.getByText("Aucune notification pour l'instant.").waitFor();
    await participantPage.getByRole("link", { name: "Réglages des notifications" }).click();
    await expectTitle(participantPage, "Réglages des notifications");
    const officialAnswers = participantPage.getByRole("group", {
      name: "Réponse officielle à une idée que je suis",
    });
    const inApp = officialAnswers.getByRole("checkbox", { name: "Dans Cocrea" });
    expect(await inApp.isChecked()).toBe(true);
    await inApp.uncheck();
    await participantPage.getByRole("button", { name: "Enregistrer mes choix" }).click();
    await participantPage.getByRole("status").filter({ hasText: "Vos choix sont enregistrés." }).waitFor();
    await expectAccessible(participantPage, "my notifications page");
    await participantPage.reload();
    await expectTitle(participantPage, "Réglages des notifications");
    expect(
      await participantPage
        .getByRole("group", { name: "Réponse officielle à une idée que je suis" })
        .getByRole("checkbox", { name: "Dans Cocrea" })
        .isChecked(),
    ).toBe(false);

    // An official answer: turned off, so nothing reaches the header.
    await callApi(managerPage, "POST", `/workspaces/${workspaceId}/ideas/${ideaId}/comments`, {
      body: "Nous étudions votre idée avec les écoles.",
    });
    const badge = participantPage.getByTestId("unread-count");
    await participantPage.waitForTimeout(1500);
    expect(await badge.count()).toBe(0);

    // Once contributions close, the manager retains the idea: its author's header counts it without reload.
    await participantPage.waitForTimeout(Math.max(0, contributionsCloseAt - Date.now() + 500));
    await callApi(managerPage, "PUT", `/workspaces/${workspaceId}/ideas/${ideaId}/outcome`, {
      outcome: "retained",
    });
    await badge.waitFor();
    await participantPage.getByRole("link", { name: /^Notifications\s*\d+ non lues?$/ }).waitFor();
    await expectAccessible(participantPage, "header with an unread notification");

    await participantPage.getByRole("link", { name: "Mes espaces" }).click();
    await participantPage.getByRole("link", { name: "Quartier des Pentes" }).click();
    await participantPage
      .getByRole("link", { name: "Votre idée « Une rue aux enfants » est retenue" })
      .waitFor();
    expect(await participantPage.getByText("Réponse officielle", { exact: false }).count()).toBe(0);

    // The header's count opens the centre: the entry is marked new, and opening it reads it and leads to the idea.
    await participantPage.getByRole("link", { name: /^Notifications\s*\d+ non lues?$/ }).click();
    await expectTitle(participantPage, "Notifications");
    const entry = participantPage.getByRole("listitem").filter({ hasText: "Une rue aux enfants" });
    await entry.getByText("nouveau", { exact: true }).waitFor();
    await entry.getByRole("button", { name: /Marquer comme lue/ }).waitFor();
    await expectAccessible(participantPage, "notification centre");
    const shots = process.env.COCREA_SCREENSHOTS;
    if (shots) {
      // To look at the centre on a phone and a desktop; not part of what the test asserts.
      await participantPage.screenshot({ path: `${shots}/centre-phone.png`, fullPage: true });
      await participantPage.setViewportSize({ width: 1280, height: 800 });
      await participantPage.screenshot({ path: `${shots}/centre-desktop.png`, fullPage: true });
      await participantPage.setViewportSize({ width: 390, height: 844 });
    }
    await entry.getByRole("link", { name: "Votre idée « Une rue aux enfants » est retenue" }).click();
    await expectTitle(participantPage, "Une rue aux enfants");
    await expect.poll(() => badge.count(), { timeout }).toBe(0);

    // Without SMTP_URL the e-mail goes to the server's log; its unsubscribe link works in a browser never signed in.
    const pattern = /unsubscribe\?token=([\w-]+\.idea-selected\.[\w-]+)/;
    // The log never holds the address; the e-mail is the one about the participant's idea (the only one retained).
    const mine = () => journey.server.logs.filter((line) => line.includes("Une rue aux enfants"));
    await expect.poll(() => mine().some((line) => pattern.test(line)), { timeout }).toBe(true);
    const token = mine()
      .map((line) => pattern.exec(line)?.[1])
      .findLast(Boolean);
    const visitor = await journey.newPage();
    await visitor.goto(`${journey.server.url}/unsubscribe?token=${token}`);
    await expectTitle(visitor, "Se désabonner");
    await visitor
      .getByRole("status")
      .filter({ hasText: "vous ne recevrez plus d'e-mails pour « Mon idée est retenue ou primée »" })
      .waitFor();
    await expectAccessible(visitor, "unsubscribed");
    await participantPage.goto(`${journey.server.url}/notifications/preferences`);
    const selected = participantPage.getByRole("group", { name: "Mon idée est retenue ou primée" });
    await selected.getByRole("checkbox", { name: "Par e-mail" }).waitFor();
    expect(await selected.getByRole("checkbox", { name: "Par e-mail" }).isChecked()).toBe(false);
    expect(await selected.getByRole("checkbox", { name: "Dans Cocrea" }).isChecked()).toBe(true);
  });
});

describe("moderation", () => {
  it("lets a moderator block a member with the inline form and find the act in the log", async () => {
    const moderatorPage = await journey.newPage();
    await join(moderatorPage, moderator, "moderator");
    await moderatorPage.getByRole("button", { name: `Bloquer — ${participant.name}` }).click();
    const form = moderatorPage.getByRole("form", { name: `Bloquer ${participant.name}` });
    await form.getByRole("button", { name: "Bloquer" }).click();
    const reason = form.getByLabel(`Pourquoi bloquer ${participant.name} ?`);
    await expect.poll(() => reason.getAttribute("aria-invalid"), { timeout }).toBe("true");
    await expectAccessible(moderatorPage, "block form with an error");
    await reason.fill("Messages insultants répétés.");
    await form.getByRole("button", { name: "Bloquer" }).click();
    await moderatorPage.getByText("Bloqué·e").waitFor();
    await moderatorPage.getByRole("button", { name: `Débloquer — ${participant.name}` }).waitFor();

    await moderatorPage.getByRole("link", { name: "Journal de modération" }).click();
    await expectTitle(moderatorPage, "Journal de modération");
    const entry = moderatorPage.locator(".moderation-log li").first();
    await entry.getByText(moderator.name).waitFor();
    await entry.getByText("a bloqué").waitFor();
    await entry.getByText(participant.name).waitFor();
    await entry.getByText("Motif : Messages insultants répétés.").waitFor();
    await expectAccessible(moderatorPage, "moderation log");
    await moderatorPage.getByLabel("Acte", { exact: true }).selectOption("hide");
    await moderatorPage.getByText("Aucun acte de modération.").waitFor();
  });
});
