// The editorial calendar in Chromium, in French: the consultant adds a publication in a dialog, the client approves
// it from a phone in the list view, the consultant sees it approved in the month view and downloads the iCalendar.
import { mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const journey = browserJourney(15_000);
const unique = Date.now().toString(36);
const consultant = { name: "Karim Benali", email: `karim-c-${unique}@example.org` };
const client = { name: "Élise Moreau", email: `elise-c-${unique}@example.org` };
const shots = process.env.PLAN_SCREENSHOTS;

let consultantPage: Page;
let clientPage: Page;
let calendarUrl = "";

async function shoot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  consultantPage = await journey.newPage(desktop);
  await signUp(consultantPage, journey.server, consultant);
  await consultantPage.getByLabel("Nom de l'espace").fill("Ville de Lumbres");
  await consultantPage.getByRole("button", { name: "Créer l'espace" }).click();
  await expectTitle(consultantPage, "Ville de Lumbres");
  const workspaceId = consultantPage.url().split("/workspaces/")[1] ?? "";
  const { url } = await callApi<{ url: string }>(
    consultantPage,
    "POST",
    `/workspaces/${workspaceId}/invitations`,
    {
      role: "guest",
    },
  );
  const { plan } = await callApi<{ plan: { id: string } }>(
    consultantPage,
    "POST",
    `/workspaces/${workspaceId}/plans`,
    {
      title: "Plan de communication du marché",
      language: "fr",
    },
  );
  calendarUrl = `${journey.server.url}/workspaces/${workspaceId}/plans/${plan.id}/calendar`;
  clientPage = await journey.newPage(phone);
  await signUp(clientPage, journey.server, client);
  await clientPage.goto(url);
  await clientPage.getByRole("button", { name: "Rejoindre l'espace" }).click();
  await expectTitle(clientPage, /^Ville de Lumbres$/);
});

describe("the editorial calendar", () => {
  it("lets the consultant add a publication for today, flagged as due soon and not ready", async () => {
    await consultantPage.goto(calendarUrl);
    await expectTitle(consultantPage, "Calendrier éditorial");
    await expect(
      consultantPage.getByRole("button", { name: "Mois", exact: true }).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    await expectAccessible(consultantPage, "the empty calendar");
    await consultantPage.getByRole("button", { name: "Nouvelle action ou publication" }).click();
    const dialog = consultantPage.getByRole("dialog", { name: "Nouvelle action ou publication" });
    await dialog.getByLabel("Titre").fill("Annonce du marché de Noël");
    await dialog.getByLabel("Canal").fill("Instagram");
    await dialog.getByLabel("Heure").fill("10:30");
    await dialog.getByLabel("Responsable").selectOption({ label: client.name });
    await dialog.getByLabel("Texte rédigé").check();
    await dialog
      .getByLabel("Message")
      .fill("Rendez-vous samedi, place du marché ; venez nombreux, avec vos paniers !");
    await expectAccessible(consultantPage, "the new item's dialog");
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await dialog.waitFor({ state: "detached" });
    const chip = consultantPage.getByRole("button", { name: /Annonce du marché de Noël/ });
    await chip.waitFor();
    await expect(chip.textContent()).resolves.toContain("Bientôt, pas prêt");
    await expect(chip.textContent()).resolves.toContain("10:30");
    await shoot(consultantPage, "calendar-month-desktop");
  });

  it("lets the client approve it from a phone, in the list view", async () => {
    await clientPage.goto(calendarUrl);
    await expectTitle(clientPage, "Calendrier éditorial");
    await expect(
      clientPage.getByRole("button", { name: "Liste", exact: true }).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    await expect(
      clientPage.getByRole("button", { name: "Nouvelle action ou publication" }).count(),
    ).resolves.toBe(0);
    await expectAccessible(clientPage, "the calendar's list on a phone");
    await shoot(clientPage, "calendar-list-phone");
    await clientPage.getByRole("button", { name: /Annonce du marché de Noël/ }).click();
    const dialog = clientPage.getByRole("dialog", { name: "Annonce du marché de Noël" });
    await dialog
      .getByText("Rendez-vous samedi, place du marché ; venez nombreux, avec vos paniers !")
      .waitFor();
    await expectAccessible(clientPage, "the item's dialog for the client");
    await shoot(clientPage, "calendar-review-phone");
    await dialog.getByRole("button", { name: "Approuver" }).click();
    await dialog.waitFor({ state: "detached" });
    const chip = clientPage.getByRole("button", { name: /Annonce du marché de Noël/ });
    await chip.getByText("Approuvé par le client").waitFor();
  });

  it("shows the approval in the consultant's month view and downloads the iCalendar", async () => {
    await consultantPage.reload();
    const chip = consultantPage.getByRole("button", { name: /Annonce du marché de Noël/ });
    await chip.getByText("Approuvé par le client").waitFor();
    await consultantPage.getByRole("button", { name: "Semaine", exact: true }).click();
    await consultantPage.getByRole("table", { name: /^Semaine du/ }).waitFor();
    await expect(chip.isVisible()).resolves.toBe(true);
    await shoot(consultantPage, "calendar-week-desktop");
    const [download] = await Promise.all([
      consultantPage.waitForEvent("download"),
      consultantPage.getByRole("link", { name: "Télécharger (iCal)" }).click(),
    ]);
    const file = join(await mkdtemp(join(tmpdir(), "cocrea-ics-")), "calendar.ics");
    await download.saveAs(file);
    const events = new ICAL.Component(ICAL.parse(await readFile(file, "utf8")))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(["[Instagram] Annonce du marché de Noël"]);
    expect(events[0]?.description).toContain("approuvé par le client");
  });
});
