// The contest journey in Chromium: a manager defines criteria, marks finalists, scores them, sees the ranking and
// announces the winner; a participant sees the announced ranking.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, expectTitle } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const timeout = 10_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const manager = { name: "Karim Benali", email: `karim-contest-${unique}@example.org` };
const participant = { name: "Léa Dubois", email: `lea-contest-${unique}@example.org` };
const winner = "Une fanfare le premier samedi du mois";
const runnerUp = "Un coin lecture près de la fontaine";
const day = 24 * 3_600_000;

let managerPage: Page;
let participantPage: Page;
let workspaceId = "";
let challengePath = "";

describe("contest journey", () => {
  it("lets a manager define two criteria in the contest part of the challenge, errors beside the field", async () => {
    managerPage = await journey.newPage({ width: 1280, height: 800 });
    await signUp(managerPage, journey.server, manager);
    await managerPage.getByLabel("Nom de l'espace").fill("Mairie de Villeurbanne");
    await managerPage.getByRole("button", { name: "Créer l'espace" }).click();
    await expectTitle(managerPage, "Mairie de Villeurbanne");
    workspaceId = managerPage.url().split("/workspaces/")[1] ?? "";

    const { url } = await callApi<{ url: string }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/invitations`,
      {
        role: "participant",
      },
    );
    participantPage = await journey.newPage({ width: 390, height: 844 });
    await signUp(participantPage, journey.server, participant);
    await participantPage.goto(url);
    await participantPage.getByRole("button", { name: "Rejoindre l'espace" }).click();

    const { challenge } = await callApi<{ challenge: { id: string } }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "Le marché de demain",
        question: "Comment rendre le marché plus vivant ?",
        benefit: "L'idée lauréate sera réalisée cet été avec son auteur.",
        projectManager: { name: manager.name },
        contestPrize: "Un stage de six mois au service du commerce",
        status: "draft",
        timeline: {
          announcementAt: new Date(Date.now() - day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - day / 2).toISOString(),
          contributionsCloseAt: new Date(Date.now() + day).toISOString(),
          votingCloseAt: new Date(Date.now() + 2 * day).toISOString(),
          synthesisCloseAt: new Date(Date.now() + 3 * day).toISOString(),
        },
      },
    );
    challengePath = `/workspaces/${workspaceId}/challenges/${challenge.id}`;

    await managerPage.goto(`${journey.server.url}${challengePath}/edit`);
    const criteria = managerPage.getByRole("region", { name: "Concours : critères du jury" });
    await criteria.getByLabel("Part du jury dans la note finale (%)").fill("70");
    const first = criteria.getByRole("group", { name: "Critère 1" });
    await first.getByLabel("Nom du critère").fill("Impact");
    await first.getByLabel("Coefficient").fill("2");
    await criteria.getByRole("button", { name: "Ajouter un critère" }).click();
    const second = criteria.getByRole("group", { name: "Critère 2" });
    await second.getByLabel("Coefficient").fill("1");
    await criteria.getByRole("button", { name: "Enregistrer les critères" }).click();
    const name = second.getByRole("textbox", { name: /^Nom du critère/ });
    await expect.poll(() => name.getAttribute("aria-invalid"), { timeout }).toBe("true");
    await second.getByText("Cette valeur est trop courte.").waitFor();
    await expectAccessible(managerPage, "criteria form with an error");
    await name.fill("Faisabilité");
    await criteria.getByRole("button", { name: "Enregistrer les critères" }).click();
    await criteria.getByRole("status").filter({ hasText: "Critères enregistrés." }).waitFor();
    expect(await name.getAttribute("aria-invalid")).toBeNull();
  });

  it("lets the manager mark two finalists from the idea list once voting is over", async () => {
    // Publish with contributions and voting closing within seconds; the draft's timeline may still move.
    const start = Date.now();
    await callApi(managerPage, "PATCH", challengePath, {
      status: "published",
      timeline: {
        contributionsCloseAt: new Date(start + 6000).toISOString(),
        votingCloseAt: new Date(start + 12_000).toISOString(),
      },
    });
    const ideas: string[] = [];
    for (const title of [winner, runnerUp]) {
      const { idea } = await callApi<{ idea: { id: string } }>(
        participantPage,
        "POST",
        `${challengePath}/ideas`,
        {
          title,
          body: "Une idée pour que le marché vive toute l'année.",
        },
      );
      ideas.push(idea.id);
    }
    await callApi(managerPage, "PUT", `/workspaces/${workspaceId}/ideas/${ideas[0]}/support`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + 12_500 - Date.now())));

    await managerPage.goto(`${journey.server.url}${challengePath}`);
    await managerPage.getByText("Synthèse", { exact: true }).waitFor();
    for (const title of [winner, runnerUp]) {
      const toggle = managerPage.locator(".idea-card").filter({ hasText: title }).getByRole("button", {
        name: "Finaliste",
      });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute("aria-pressed"), { timeout }).toBe("true");
    }
    await expectAccessible(managerPage, "challenge page with finalists");
  });

  it("lets the manager score the finalists, with an out-of-range score refused beside its field", async () => {
    await managerPage.getByRole("link", { name: "Page du jury (2 finalistes)" }).click();
    await expectTitle(managerPage, "Jury : Le marché de demain");
    await managerPage
      .getByText("Le classement et les notes des autres jurés s'affichent", { exact: false })
      .waitFor();
    await expectAccessible(managerPage, "jury page before scoring");

    const scores: Array<[string, string, string]> = [
      [winner, "9", "7"],
      [runnerUp, "4", "6"],
    ];
    for (const [title, impact, feasibility] of scores) {
      const finalist = managerPage.locator(".finalist").filter({ hasText: title });
      const impactField = finalist.getByLabel("Note « Impact » (0 à 10)");
      await impactField.fill(title === winner ? "12" : impact);
      await finalist.getByLabel("Note « Faisabilité » (0 à 10)").fill(feasibility);
      await finalist.getByRole("button", { name: `Enregistrer mes notes de « ${title} »` }).click();
      if (title === winner) {
        await expect.poll(() => impactField.getAttribute("aria-invalid"), { timeout }).toBe("true");
        await finalist.getByText("Cette valeur est trop grande.").waitFor();
        await expectAccessible(managerPage, "jury page with a score out of range");
        await impactField.fill(impact);
        await finalist
          .getByLabel("Commentaire sur « Impact » (facultatif)")
          .fill("Tout le quartier en parle.");
        await finalist.getByRole("button", { name: `Enregistrer mes notes de « ${title} »` }).click();
      }
      await finalist.getByRole("status").filter({ hasText: "Notes enregistrées." }).waitFor();
    }

    // Winner: jury (2·9 + 7) / 30 = 83.3 %, community 1 support of 1 → 0.7 · 0.833 + 0.3 = 88.3 %.
    // Runner-up: jury (2·4 + 6) / 30 = 46.7 %, community 0 → 0.7 · 0.467 = 32.7 %.
    const table = managerPage.getByRole("table", { name: /Classement en direct/ });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count(), { timeout }).toBe(2);
    const first = (await rows.nth(0).innerText()).replace(/\s+/g, " ");
    const second = (await rows.nth(1).innerText()).replace(/\s+/g, " ");
    expect(first).toContain(winner);
    expect(first).toMatch(/83,3 %.*100 %.*88,3 %/);
    expect(second).toContain(runnerUp);
    expect(second).toMatch(/46,7 %.*0 %.*32,7 %/);
    await expectAccessible(managerPage, "jury page with the live ranking");
  });

  it("lets the manager award the winner, and a participant sees the announced ranking", async () => {
    const before = await participantPage.goto(`${journey.server.url}${challengePath}`);
    expect(before?.ok()).toBe(true);
    const contest = participantPage.getByRole("region", { name: "Concours" });
    await contest.getByText("Le classement sera publié à l'annonce des lauréats.").waitFor();
    expect(await participantPage.getByRole("table").count()).toBe(0);

    const announce = managerPage.getByRole("region", { name: "Annoncer les lauréats" });
    const award = announce.getByLabel(`Distinction de « ${winner} »`);
    expect(await award.inputValue()).toBe("Premier prix");
    await announce.getByRole("button", { name: "Annoncer les lauréats" }).click();
    await managerPage.getByText("Les lauréats sont annoncés", { exact: false }).waitFor();
    await expectAccessible(managerPage, "jury page after the announcement");

    // The participant's page follows the announcement live.
    const table = contest.getByRole("table", { name: /Classement final/ });
    await table.waitFor();
    const first = (await table.locator("tbody tr").nth(0).innerText()).replace(/\s+/g, " ");
    expect(first).toContain(winner);
    expect(first).toContain("Premier prix");
    await participantPage
      .locator(".idea-card")
      .filter({ hasText: winner })
      .getByText("Premier prix")
      .waitFor();
    await expectAccessible(participantPage, "challenge page with the announced ranking, on a phone");

    await participantPage.getByRole("button", { name: "English" }).click();
    await participantPage
      .getByRole("region", { name: "Contest" })
      .getByRole("table", { name: /Final ranking/ })
      .waitFor();
    await participantPage.getByRole("columnheader", { name: "Community part" }).waitFor();
    await expectAccessible(participantPage, "announced ranking in English");
    await participantPage.getByRole("button", { name: "Français" }).click();
  });
});
