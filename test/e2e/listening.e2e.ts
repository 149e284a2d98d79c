// Listening in Chromium, in French: a manager creates a project, imports a CSV through the mapping step, reads the
// dashboard, opens the verbatims behind a chart's bar, corrects a mention, freezes two snapshots and compares them,
// then reads the audit report and downloads its PDF.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { sampleCsv } from "../support/listening-fixture.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const journey = browserJourney(20_000);
const unique = Date.now().toString(36);
/** A folder to keep the report's screenshots and PDF pages in, when set. */
const shots = process.env.LISTENING_SCREENSHOTS;

async function shoot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

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
    // The whole list at once, then a rule.
    await page.getByLabel("Nouvelle lecture").selectOption("neutral");
    await page.getByRole("button", { name: "Appliquer aux 2 mentions" }).click();
    await page.getByText("2 mentions corrigées.").waitFor();
    const rules = page.locator('section[aria-labelledby="rules-title"]');
    await rules.getByLabel("Terme").fill("Loire");
    await rules.getByLabel("Traiter comme").selectOption("irrelevant");
    await rules.getByRole("button", { name: "Ajouter la règle" }).click();
    await page.getByText("Règle sur « Loire » ajoutée.").waitFor();
    await rules.getByRole("listitem").filter({ hasText: "« Loire » → Hors sujet" }).waitFor();
    await expectAccessible(page, "the rules and the bulk correction");

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

    await page.getByRole("link", { name: "Tableau de bord" }).click();
    await expectTitle(page, "Audit Nantes");
    await page.getByRole("link", { name: "Rapport" }).click();
    await expectTitle(page, "Rapport");
    // The report sits in a shadow root, which Playwright's locators and axe both enter.
    await page.getByRole("heading", { name: "Part de voix face au panel" }).waitFor();
    await page.getByText("Comparé à l'instantané « Avril »").waitFor();
    await expect(page.locator(".report-document svg").count()).resolves.toBeGreaterThanOrEqual(7);
    await expectAccessible(page, "the audit report");
    await shoot(page, "report-desktop");
    const onPhone = await page.context().newPage();
    await onPhone.setViewportSize(phone);
    await onPhone.goto(page.url());
    await onPhone.getByRole("heading", { name: "Qui : auteurs et communautés" }).waitFor();
    await expectAccessible(onPhone, "the audit report on a phone");
    await shoot(onPhone, "report-phone");
    await onPhone.close();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger le PDF" }).click(),
    ]);
    const dir = await mkdtemp(join(tmpdir(), "cocrea-listening-e2e-"));
    const file = join(dir, "rapport.pdf");
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^audit-nantes-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Audit d'image et de présence");
    expect(text).toContain("Comparaison avec l'audit précédent");
    expect(text).toMatch(/Page 1 sur \d+/);
    execFileSync("pdftoppm", ["-png", "-r", "50", file, join(shots ?? dir, "report-pdf")]);
  });
});
