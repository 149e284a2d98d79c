// Listening in Chromium, in French: a manager creates a project, imports a CSV through the mapping step, reads the
// dashboard, opens the verbatims behind a chart's bar, corrects a mention, freezes two snapshots and compares them.
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle } from "../support/journey.ts";
import { sampleCsv } from "../support/listening-fixture.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const journey = browserJourney(20_000);
const unique = Date.now().toString(36);

describe("listening", () => {
  it("takes a manager from a new project to the comparison of two snapshots", async () => {
    const page = await journey.newPage(desktop);
    await signUp(page, journey.server, {
      name: "Inès Morel",
      email: `ines-ecoute-${unique}@example.org`,
    });
    const { workspace } = await callApi<{ workspace: { id: string } }>(page, "POST", "/workspaces", {
      name: "Ville de Nantes",
      kind: "city",
    });

    await page.goto(`${journey.server.url}/workspaces/${workspace.id}`);
    await page.getByRole("link", { name: "Ouvrir l'écoute" }).click();
    await expectTitle(page, "Écoute");
    await page.getByText("Aucun projet d'écoute pour l'instant.").waitFor();
    await page.getByLabel("Nom du projet").fill("Audit Nantes");
    await page.getByLabel("Marque écoutée").fill("Nantes");
    await page.getByLabel("Requête de la marque").fill('Nantes OR "ville de Nantes"');
    await page.getByLabel("Concurrents").fill("Rennes = Rennes\nAngers = Angers");
    await expectAccessible(page, "the listening projects");
    await page.getByRole("button", { name: "Créer le projet" }).click();

    await expectTitle(page, "Importer des mentions");
    await page.getByLabel("Fichier", { exact: true }).setInputFiles({
      name: "mentions.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(sampleCsv, "utf8"),
    });
    await page.getByRole("button", { name: "Lire le fichier" }).click();
    await page.getByRole("heading", { name: "Correspondance des colonnes" }).waitFor();
    const preview = page.getByRole("table", { name: /Aperçu des \d+ premières lignes/ });
    await preview.getByRole("cell", { name: "Il pleut sur la Loire" }).waitFor();
    const textColumn = page.getByLabel("Texte", { exact: true });
    expect(await textColumn.inputValue()).toBe("text");
    // The chooser changes a field's column: reach is read from "likes", then put back.
    await page.getByLabel("Audience", { exact: true }).selectOption("likes");
    expect(await page.getByLabel("Audience", { exact: true }).inputValue()).toBe("likes");
    await page.getByLabel("Audience", { exact: true }).selectOption("reach");
    await expectAccessible(page, "the mapping step");
    await page.getByRole("button", { name: "Lancer l'import" }).click();
    await page.getByText("Import terminé.").waitFor();
    await page.getByText("5 mentions importées").waitFor();
    await page.getByText("0 doublon ignoré").waitFor();
    await expectAccessible(page, "the import report");

    await page.getByRole("link", { name: "Voir le tableau de bord" }).click();
    await expectTitle(page, "Audit Nantes");
    await page.getByRole("heading", { name: "Part de voix face au panel" }).waitFor();
    const sov = page.getByRole("table", { name: "Part de voix face au panel" });
    for (const name of ["Nantes", "Rennes", "Angers"]) {
      await sov.getByRole("rowheader", { name: new RegExp(name) }).waitFor();
    }
    const channels = page.locator('section[aria-labelledby="channels-title"]');
    await channels.locator("svg").waitFor();
    await expectAccessible(page, "the dashboard");

    // The first bar of the channels chart (bars are drawn in the one colour \`barColor\`): twitter.com, where Nantes has two mentions.
    await channels.locator('svg path[fill="#2f5fb3"]').first().click();
    await page.getByRole("heading", { name: /^Verbatims : twitter\.com/ }).waitFor();
    await page.getByText("2 mentions", { exact: true }).waitFor();
    const mention = page
      .getByRole("listitem")
      .filter({ hasText: "Les bus de Nantes sont toujours en retard" });
    await mention.waitFor();
    await expectAccessible(page, "the verbatims");
    const polarity = mention.getByLabel("Corriger la polarité");
    await polarity.selectOption("positive");
    await page.getByText("Correction enregistrée.").waitFor();
    await mention.getByText("corrigée").waitFor();
    expect(await polarity.inputValue()).toBe("positive");

    await page.getByRole("link", { name: "Instantanés" }).click();
    await expectTitle(page, "Instantanés");
    for (const name of ["Mars", "Avril"]) {
      await page.getByLabel("Nom de l'instantané").fill(name);
      await page.getByRole("button", { name: "Figer" }).click();
      await page.getByText(`Instantané « ${name} » figé.`).waitFor();
    }
    await page.getByRole("button", { name: "Comparer" }).click();
    await page.getByRole("heading", { name: "Mars → Avril" }).waitFor();
    const overall = page.getByRole("table", { name: "Ensemble" });
    await overall.getByRole("rowheader", { name: "Mentions" }).waitFor();
    await expectAccessible(page, "the comparison of snapshots");
  });
});
