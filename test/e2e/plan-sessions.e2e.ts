// Working sessions in Chromium, in French: the consultant schedules a session, records a decision, the client records
// an abandoned path with its reason, each sees the other's record arrive; the consultant closes the session, compares
// the versions and downloads the plan as PDF.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const journey = browserJourney(15_000);
const unique = Date.now().toString(36);
const consultant = { name: "Karim Benali", email: `karim-s-${unique}@example.org` };
const client = { name: "Élise Moreau", email: `elise-s-${unique}@example.org` };
const shots = process.env.PLAN_SCREENSHOTS;

let consultantPage: Page;
let clientPage: Page;
let sessionsUrl = "";

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
  sessionsUrl = `${journey.server.url}/workspaces/${workspaceId}/plans/${plan.id}/sessions`;
  clientPage = await journey.newPage(phone);
  await signUp(clientPage, journey.server, client);
  await clientPage.goto(url);
  await clientPage.getByRole("button", { name: "Rejoindre l'espace" }).click();
  await expectTitle(clientPage, /^Ville de Lumbres$/);
  for (const page of [consultantPage, clientPage]) page.on("dialog", (dialog) => void dialog.accept());
});

describe("working sessions", () => {
  it("schedules a session with the client and an agenda", async () => {
    await consultantPage.goto(sessionsUrl);
    await expectTitle(consultantPage, "Sessions de travail");
    await expectAccessible(consultantPage, "the sessions page before any session");
    const form = consultantPage.getByRole("form", { name: "Planifier une session" });
    await form.getByLabel("Titre de la session").fill("Session 1 : diagnostic");
    await form.getByLabel("Date et heure").fill("2027-03-02T09:00");
    await form.getByLabel(client.name).check();
    await form.getByLabel("Ordre du jour").fill("Lecture de l'audit 30\nObjectifs 45");
    await form.getByRole("button", { name: "Planifier" }).click();
    const session = consultantPage.getByRole("article", { name: "Session 1 : diagnostic" });
    await session.getByText("Ordre du jour (75 min)").waitFor();
    await expect(session.getByText(`Participants : ${client.name}`)).toBeTruthy();
  });

  it("records a decision and an abandoned path, each seen live by the other", async () => {
    await clientPage.goto(sessionsUrl);
    await expectTitle(clientPage, "Sessions de travail");
    const consultantSession = consultantPage.getByRole("article", { name: "Session 1 : diagnostic" });
    const decision = consultantSession.getByRole("form", { name: "Noter la décision" });
    await decision.getByLabel("Ce qui est décidé").fill("Viser d'abord les familles");
    await decision.getByLabel("Options envisagées").fill("Familles, Retraités");
    await decision.getByLabel("Option retenue").fill("Familles");
    await decision.getByLabel("Portée par").selectOption({ label: client.name });
    await decision.getByRole("button", { name: "Noter la décision" }).click();
    const clientSession = clientPage.getByRole("article", { name: "Session 1 : diagnostic" });
    await clientSession.getByText("Viser d'abord les familles").waitFor();

    const path = clientSession.getByRole("form", { name: "Noter la piste" });
    await path.getByLabel("Piste explorée").fill("Une application mobile");
    await path.getByLabel("Où en est-elle ?").selectOption({ label: "abandonnée" });
    await path.getByRole("button", { name: "Noter la piste" }).click();
    // Without the reason, the form says so and records nothing.
    await path.getByText("Ce champ est obligatoire").waitFor();
    await path.getByLabel("Pourquoi").fill("Trop coûteuse pour un premier pas");
    await path.getByRole("button", { name: "Noter la piste" }).click();
    await consultantSession.getByText("Trop coûteuse pour un premier pas").waitFor();
    await shoot(clientPage, "sessions-phone");
    await expectAccessible(clientPage, "the running session on a phone");
  });

  it("closes the session into a version, compares it with now, and downloads the PDF", async () => {
    const session = consultantPage.getByRole("article", { name: "Session 1 : diagnostic" });
    await session.getByRole("button", { name: "Clore la session" }).click();
    const closed = consultantPage.getByRole("article", { name: "Session 1 : diagnostic" });
    await closed.getByText("Version 1 du plan figée à la clôture").waitFor();
    await clientPage.getByText("Version 1 du plan figée à la clôture").waitFor();

    const history = consultantPage.getByRole("region", { name: "Historique des versions" });
    await history.getByLabel("Comparer").selectOption("1");
    await history.getByLabel("avec").selectOption({ label: "Le plan maintenant" });
    await history.getByRole("button", { name: "Comparer" }).click();
    await history.getByText("Aucun changement.").waitFor();
    await shoot(consultantPage, "sessions-desktop");
    await expectAccessible(consultantPage, "the sessions page after closing");

    const [download] = await Promise.all([
      consultantPage.waitForEvent("download"),
      consultantPage.getByRole("link", { name: "PDF" }).click(),
    ]);
    const dir = await mkdtemp(join(tmpdir(), "cocrea-sessions-e2e-"));
    const file = join(dir, "plan.pdf");
    await download.saveAs(file);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Plan de communication du marché");
    expect(text).toContain("Table des matières");
    expect(text).toContain("Une application mobile (abandonnée)");
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "40",
      "-f",
      "1",
      "-l",
      "2",
      file,
      join(shots ?? dir, "plan-pdf"),
    ]);
  });
});
