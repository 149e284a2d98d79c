// The plan in Chromium, in French: the consultant starts a plan, the client joins, and both write the same section
// at once, each seeing the other's text and caret with their name.
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const journey = browserJourney(15_000);
const unique = Date.now().toString(36);
const consultant = { name: "Karim Benali", email: `karim-p-${unique}@example.org` };
const client = { name: "Élise Moreau", email: `elise-p-${unique}@example.org` };
const shots = process.env.PLAN_SCREENSHOTS;

let consultantPage: Page;
let clientPage: Page;
let workspaceId = "";

async function shoot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

beforeAll(async () => {
  consultantPage = await journey.newPage(desktop);
  await signUp(consultantPage, journey.server, consultant);
  await consultantPage.getByLabel("Nom de l'espace").fill("Ville de Sainte-Aurore");
  await consultantPage.getByRole("button", { name: "Créer l'espace" }).click();
  await expectTitle(consultantPage, "Ville de Sainte-Aurore");
  workspaceId = consultantPage.url().split("/workspaces/")[1] ?? "";
  const { url } = await callApi<{ url: string }>(
    consultantPage,
    "POST",
    `/workspaces/${workspaceId}/invitations`,
    {
      role: "guest",
    },
  );
  clientPage = await journey.newPage(desktop);
  await signUp(clientPage, journey.server, client);
  await clientPage.goto(url);
  await clientPage.getByRole("button", { name: "Rejoindre l'espace" }).click();
  await expectTitle(clientPage, /^Ville de Sainte-Aurore$/);
});

const editorOf = (page: Page, title: string) =>
  page.getByRole("textbox", { name: `Texte de la section « ${title} »` });

describe("plan together", () => {
  it("lets the consultant and the client write the same section live, each seeing the other's text and caret", async () => {
    await consultantPage.getByRole("link", { name: "Plans de communication" }).click();
    await expectTitle(consultantPage, "Plans de communication");
    await consultantPage.getByLabel("Titre du plan").fill("Plan de communication 2027");
    await consultantPage.getByRole("button", { name: "Commencer le plan" }).click();
    await expectTitle(consultantPage, "Plan de communication 2027");
    const planUrl = consultantPage.url();

    await clientPage.goto(planUrl);
    await expectTitle(clientPage, "Plan de communication 2027");
    for (const page of [consultantPage, clientPage]) {
      await page.getByText("En direct").waitFor();
    }

    const section = "Contexte et diagnostic";
    await editorOf(consultantPage, section).click();
    await consultantPage.keyboard.press("Control+End");
    await consultantPage.keyboard.press("Enter");
    await consultantPage.keyboard.type("La mairie publie peu et tard.");
    await editorOf(clientPage, section).getByText("La mairie publie peu et tard.").waitFor();

    await editorOf(clientPage, section).click();
    await clientPage.keyboard.press("Control+End");
    await clientPage.keyboard.press("Enter");
    await clientPage.keyboard.type("Les familles lisent surtout le panneau lumineux.");
    await editorOf(consultantPage, section)
      .getByText("Les familles lisent surtout le panneau lumineux.")
      .waitFor();

    // Each sees the other's caret, labelled with their name, in that section.
    await editorOf(consultantPage, section)
      .locator(".collaboration-carets__label", { hasText: client.name })
      .waitFor();
    await editorOf(clientPage, section)
      .locator(".collaboration-carets__label", { hasText: consultant.name })
      .waitFor();
    await consultantPage.getByText(`aussi ici : ${client.name}`).waitFor();

    const consultantText = await editorOf(consultantPage, section).innerText();
    const clientText = await editorOf(clientPage, section).innerText();
    for (const text of [consultantText, clientText]) {
      expect(text).toContain("La mairie publie peu et tard.");
      expect(text).toContain("Les familles lisent surtout le panneau lumineux.");
    }
    await shoot(consultantPage, "plan-desktop");
    await expectAccessible(consultantPage, "the plan page");
    await expectAccessible(clientPage, "the plan page of the client");

    // The client validates the section; the consultant's later edit marks it changed since.
    await clientPage
      .getByRole("region", { name: section })
      .getByRole("button", { name: "Valider la section" })
      .click();
    await clientPage
      .getByRole("region", { name: section })
      .getByText(/^Validée le/)
      .waitFor();

    // The client comments a passage; the consultant sees the thread and resolves it.
    await editorOf(clientPage, section).getByText("La mairie publie peu et tard.").click({ clickCount: 3 });
    const clientSection = clientPage.getByRole("region", { name: section });
    await clientSection.getByRole("button", { name: "Commenter" }).click();
    await clientSection
      .getByLabel("Votre commentaire sur ce passage")
      .fill("Peut-on citer l'audit de 2026 ?");
    await clientSection.getByRole("button", { name: "Envoyer" }).click();
    await editorOf(consultantPage, section)
      .locator(".plan-comment", { hasText: "La mairie publie peu et tard." })
      .waitFor();
    const consultantSection = consultantPage.getByRole("region", { name: section });
    await consultantSection.getByText("Peut-on citer l'audit de 2026 ?").waitFor();
    await consultantSection.getByRole("button", { name: "Marquer comme résolu" }).click();
    await consultantSection.getByText("1 commentaire résolu").waitFor();
    await shoot(consultantPage, "plan-comment-desktop");

    // An image uploaded by the consultant appears in the client's editor.
    await editorOf(consultantPage, section).click();
    await consultantSection.getByLabel("Image").setInputFiles({
      name: "pixel.png",
      mimeType: "image/png",
      buffer: Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        "base64",
      ),
    });
    await editorOf(clientPage, section).locator('img[src*="/images/"]').waitFor({ state: "attached" });

    const onPhone = await journey.newPage(phone);
    await onPhone.context().addCookies(await consultantPage.context().cookies());
    await onPhone.goto(planUrl);
    await expectTitle(onPhone, "Plan de communication 2027");
    await onPhone.getByText("En direct").waitFor();
    await shoot(onPhone, "plan-phone");
    await expectAccessible(onPhone, "the plan page on a phone");
    await onPhone.goto(`${journey.server.url}/workspaces/${workspaceId}/plans`);
    await expectTitle(onPhone, "Plans de communication");
    await shoot(onPhone, "plans-phone");
    await expectAccessible(onPhone, "the list of plans on a phone");
  });
});
