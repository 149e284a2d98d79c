// Listening alerts in Chromium, in French: a manager sets, edits, pauses and deletes alert rules; an import with a
// spike fires the rule, and the alert reaches the notification centre, which leads back to the rules.
import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const journey = browserJourney(20_000);
const unique = Date.now().toString(36);

/** Two quiet weeks of 3 mentions a day, then 30 on 2025-03-15. */
function spikeCsv(): string {
  const lines = ["id;date;author;source;channel;text"];
  let n = 0;
  for (let i = 0; i < 15; i++) {
    const day = new Date(Date.parse("2025-03-01T00:00:00Z") + i * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < (i === 14 ? 30 : 3); k++) {
      n += 1;
      lines.push(`e${n};${day}T09:00:00Z;@p${k};x.com;social;Nantes et le tram, message numéro ${n}`);
    }
  }
  return lines.join("\n");
}

/** Saves a screenshot when COCREA_SCREENSHOTS names a folder (to look at the pages); otherwise does nothing. */
async function shoot(page: Page, name: string): Promise<void> {
  const shots = process.env.COCREA_SCREENSHOTS;
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

describe("listening alerts", () => {
  it("lets a manager set alert rules and hear the alert an import with a spike fires", async () => {
    const page = await journey.newPage(desktop);
    await signUp(page, journey.server, {
      name: "Inès Morel",
      email: `ines-alertes-${unique}@example.org`,
    });
    const { workspace } = await callApi<{ workspace: { id: string } }>(page, "POST", "/workspaces", {
      name: "Ville de Nantes",
      kind: "city",
    });
    const { project } = await callApi<{ project: { id: string } }>(
      page,
      "POST",
      `/workspaces/${workspace.id}/listening/projects`,
      {
        name: "Audit Nantes",
        frame: {
          brand: { name: "Nantes", query: "Nantes" },
          competitors: [{ name: "Rennes", query: "Rennes" }],
          sources: [],
          periodStart: null,
          periodEnd: null,
          language: "auto",
        },
      },
    );
    const projectUrl = `${journey.server.url}/workspaces/${workspace.id}/listening/${project.id}`;

    await page.goto(projectUrl);
    await page.getByRole("link", { name: "Alertes" }).click();
    await expectTitle(page, "Alertes");
    await page.getByText("Aucune règle pour l'instant.").waitFor();
    await expectAccessible(page, "the alert rules, empty");

    // A query with an unclosed quote is refused beside its field.
    await page.getByLabel("Nom de la règle").fill("Tram");
    await page.getByLabel("Type d'alerte").selectOption("query-match");
    await page.getByLabel("Requête").fill('"tram');
    await page.getByRole("button", { name: "Ajouter la règle" }).click();
    const query = page.getByLabel("Requête");
    await page.waitForFunction(
      () => document.querySelector('[name="settings/query"]')?.getAttribute("aria-invalid") === "true",
    );
    await query.fill("tram -vélo");
    await page.getByRole("button", { name: "Ajouter la règle" }).click();
    await page.getByText("La règle « Tram » est ajoutée.").waitFor();
    await page.getByText("Vous recevez les alertes de ce projet.").waitFor();

    await page.getByLabel("Nom de la règle").fill("Pic");
    await page.getByLabel("Type d'alerte").selectOption("volume-spike");
    await page.getByLabel("Mentions surveillées").selectOption("Nantes");
    await page.getByLabel("Intervalle minimum entre deux alertes (heures)").fill("12");
    await page.getByRole("button", { name: "Ajouter la règle" }).click();
    await page.getByText("La règle « Pic » est ajoutée.").waitFor();
    await page.getByText("mentions de Nantes · au plus une alerte toutes les 12 heures").waitFor();

    // Edit, pause and resume the spike rule; delete the query rule.
    await page.getByRole("button", { name: "Modifier Pic" }).click();
    const editing = page.locator("li.card form");
    await editing.getByLabel("Nom de la règle").fill("Pic de volume");
    await editing.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("La règle « Pic de volume » est enregistrée.").waitFor();
    await page.getByRole("button", { name: "Mettre en pause Pic de volume" }).click();
    await page.getByText("La règle « Pic de volume » est en pause.").waitFor();
    await page.getByRole("button", { name: "Reprendre Pic de volume" }).click();
    await page.getByText("La règle « Pic de volume » reprend.").waitFor();
    await page.getByRole("button", { name: "Supprimer Tram" }).click();
    await page.getByText("La règle « Tram » est supprimée.").waitFor();
    await expectAccessible(page, "the alert rules");
    await shoot(page, "alerts-desktop");

    // An import with a spike: the worker judges the rule when the import ends.
    await page.goto(`${projectUrl}/import`);
    await expectTitle(page, "Importer des mentions");
    await page.getByLabel("Fichier", { exact: true }).setInputFiles({
      name: "pic.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(spikeCsv(), "utf8"),
    });
    await page.getByRole("button", { name: "Lire le fichier" }).click();
    await page.getByRole("button", { name: "Lancer l'import" }).click();
    await page.getByText("Import terminé.").waitFor();

    await page.goto(`${journey.server.url}/notifications`);
    await expectTitle(page, "Notifications");
    const alert = page.getByRole("link", {
      name: "Pic de volume dans « Audit Nantes » : 30 mentions (alerte « Pic de volume »)",
    });
    for (let tries = 0; !(await alert.isVisible()) && tries < 40; tries++) {
      await page.waitForTimeout(250);
      await page.reload();
      await expectTitle(page, "Notifications");
    }
    await expectAccessible(page, "the notification centre with an alert");
    await alert.click();
    await expectTitle(page, "Alertes");
    await page.getByText(/^Dernière alerte :/).waitFor();
    await page.getByRole("heading", { name: "Dernières alertes" }).waitFor();
    await expectAccessible(page, "the alert rules after an alert");
    await shoot(page, "alerts-fired-desktop");

    // On a phone, the page reads in one column.
    const phonePage = await journey.newPage(phone);
    await phonePage.context().addCookies(await page.context().cookies());
    await phonePage.goto(`${projectUrl}/alerts`);
    await expectTitle(phonePage, "Alertes");
    await phonePage.getByText(/^Dernière alerte :/).waitFor();
    await expectAccessible(phonePage, "the alert rules on a phone");
    await shoot(phonePage, "alerts-phone");
  });
});
