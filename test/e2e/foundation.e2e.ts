// The foundation journey in Chromium: accounts, a workspace, an invitation link, joining, live members, languages.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle } from "../support/journey.ts";
import { signUpAndConfirm } from "../support/sign-up-page.ts";

const timeout = 10_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const owner = { name: "Camille Martin", email: `camille-${unique}@example.org` };
const invited = { name: "Yasmine Haddad", email: `yasmine-${unique}@example.org` };
const workspaceName = "Mairie de Villeurbanne";

let ownerPage: Page;
let invitedPage: Page;
let invitationUrl = "";

/** Fills the sign-up form on screen (French labels), sends it, and opens the link e-mailed to the log. */
function signUp(page: Page, person: { name: string; email: string }): Promise<void> {
  return signUpAndConfirm(page, journey.server, person);
}

describe("foundation journey", () => {
  it("lets an organizer sign up in French, create a workspace and an invitation link", async () => {
    ownerPage = await journey.newPage(desktop);
    await ownerPage.goto(`${journey.server.url}/sign-up`);
    await expectTitle(ownerPage, "Créer un compte");
    expect(await ownerPage.getAttribute("html", "lang")).toBe("fr");
    await expectAccessible(ownerPage, "sign-up");

    await signUp(ownerPage, owner);
    await expectTitle(ownerPage, "Mes espaces");
    await expectAccessible(ownerPage, "workspace list");

    await ownerPage.getByLabel("Nom de l'espace").fill(workspaceName);
    await ownerPage.getByLabel("Type d'organisation").selectOption("city");
    await ownerPage.getByLabel("Accepter les participants anonymes").check();
    await ownerPage.getByRole("button", { name: "Créer l'espace" }).click();
    await expectTitle(ownerPage, workspaceName);
    await ownerPage.getByText("Mises à jour en direct").waitFor();
    await expectAccessible(ownerPage, "workspace");

    await ownerPage.getByLabel("Rôle donné").selectOption("participant");
    await ownerPage.getByRole("button", { name: "Créer le lien" }).click();
    const link = ownerPage.getByLabel("Lien d'invitation");
    await link.waitFor();
    invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(new RegExp(`^${journey.server.url}/join/`));
    await ownerPage.getByRole("listitem").filter({ hasText: "Participant · expire le" }).waitFor();
    await expectAccessible(ownerPage, "workspace with an invitation link");
  });

  it("answers a taken address as a new one, and tells its owner by e-mail", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/sign-up`);
    const before = journey.server.logs.length;
    await page.getByLabel("Nom").fill("Quelqu'un d'autre");
    await page.getByLabel("Adresse e-mail").fill(owner.email);
    await page.getByLabel("Mot de passe").fill("un-mot-de-passe-solide");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Un message vient de partir vers ${owner.email}` })
      .waitFor();
    expect(await page.getByLabel("Adresse e-mail").getAttribute("aria-invalid")).toBeNull();
    expect(await page.getByRole("alert").count()).toBe(0);
    await expectAccessible(page, "sign-up sent");
    // Without SMTP_URL the server writes the e-mail to its log: the owner is told, and no link opens an account.
    const told = () => journey.server.logs.slice(before).join("\n");
    await expect.poll(() => told().includes("Quelqu'un a essayé de créer un compte"), { timeout }).toBe(true);
    expect(told()).not.toContain("confirm-sign-up?token=");
  });

  it("shows a wrong password as a translated alert of the sign-in form", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/sign-in`);
    await expectTitle(page, "Se connecter");
    await page.getByLabel("Adresse e-mail").fill(owner.email);
    await page.getByLabel("Mot de passe").fill("pas-le-bon-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter" }).last().click();
    const alert = page.locator("form").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Adresse e-mail ou mot de passe incorrect.");
    expect(await page.getByLabel("Mot de passe").getAttribute("aria-invalid")).toBeNull();
    await expectAccessible(page, "sign-in with a wrong password");
  });

  it("lets an invited person sign up from the link and join, and the organizer sees them appear live", async () => {
    invitedPage = await journey.newPage();
    await invitedPage.goto(invitationUrl);
    await expectTitle(invitedPage, `Rejoindre « ${workspaceName} »`);
    await invitedPage.getByText("en tant que participant").waitFor();
    await expectAccessible(invitedPage, "join, signed out");

    await invitedPage.getByRole("main").getByRole("link", { name: "Créer un compte" }).click();
    await expectTitle(invitedPage, "Créer un compte");
    await expectAccessible(invitedPage, "sign-up from an invitation");
    await signUp(invitedPage, invited);
    await expectTitle(invitedPage, `Rejoindre « ${workspaceName} »`);
    await expectAccessible(invitedPage, "join, signed in");
    await invitedPage.getByRole("button", { name: "Rejoindre l'espace" }).click();
    await expectTitle(invitedPage, workspaceName);
    await invitedPage.getByText(owner.name).waitFor();
    expect(await invitedPage.getByRole("button", { name: "Créer le lien" }).count()).toBe(0);
    await expectAccessible(invitedPage, "workspace as a participant");

    // The organizer's page was opened before the invited person joined and is never reloaded.
    const names = ownerPage.locator(".member-list .member-name");
    await names.filter({ hasText: invited.name }).waitFor();
    expect(await names.allTextContents()).toEqual([owner.name, invited.name]);
    await ownerPage.getByText("2 membres").waitFor();
    await ownerPage
      .getByRole("status")
      .filter({ hasText: `${invited.name} a rejoint l'espace.` })
      .waitFor();
  });

  it("switches to English at once and remembers it after a reload", async () => {
    await invitedPage.getByRole("button", { name: "English" }).click();
    await invitedPage.getByRole("heading", { level: 2, name: "Members" }).waitFor();
    expect(await invitedPage.getAttribute("html", "lang")).toBe("en");
    expect(await invitedPage.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe(
      "true",
    );

    await invitedPage.reload();
    await invitedPage.getByRole("heading", { level: 2, name: "Members" }).waitFor();
    await invitedPage.getByRole("link", { name: "My workspaces", exact: true }).waitFor();
    expect(await invitedPage.getAttribute("html", "lang")).toBe("en");
    const session = await invitedPage.evaluate(() => fetch("/api/v1/session").then((r) => r.json()));
    expect(session.user.locale).toBe("en");
    await expectAccessible(invitedPage, "workspace in English");
  });

  it("lets the organizer change a member's role, and the member sees it without reloading", async () => {
    await ownerPage.getByRole("combobox", { name: `Rôle de ${invited.name}` }).selectOption("guest");
    await ownerPage.getByRole("button", { name: `Changer — Rôle de ${invited.name}` }).click();
    await ownerPage
      .getByRole("status")
      .filter({ hasText: `${invited.name} est maintenant invité.` })
      .waitFor();
    await invitedPage.getByText("your role: Guest").waitFor();
  });

  it("lets the organizer remove a member, who is told at once", async () => {
    ownerPage.once("dialog", (dialog) => void dialog.accept());
    await ownerPage.getByRole("button", { name: `Retirer — ${invited.name}` }).click();
    await ownerPage
      .getByRole("status")
      .filter({ hasText: `${invited.name} a été retiré de l'espace.` })
      .waitFor();
    expect(await ownerPage.locator(".member-list .member-name").allTextContents()).toEqual([owner.name]);
    await invitedPage.getByText("You are no longer a member of this workspace.").waitFor();
  });

  it("shows a project manager only the controls their role allows", async () => {
    await ownerPage.getByLabel("Rôle donné").selectOption("manager");
    await ownerPage.getByRole("button", { name: "Créer le lien" }).click();
    const link = ownerPage.getByLabel("Lien d'invitation");
    await expect.poll(() => link.inputValue(), { timeout }).not.toBe(invitationUrl);
    const managerUrl = await link.inputValue();

    const page = await journey.newPage();
    await page.goto(managerUrl);
    await expectTitle(page, `Rejoindre « ${workspaceName} »`);
    await page.getByText("en tant que porteur de projet").waitFor();
    await page.getByRole("main").getByRole("link", { name: "Créer un compte" }).click();
    await expectTitle(page, "Créer un compte");
    await signUp(page, { name: "Karim Benali", email: `karim-${unique}@example.org` });
    await expectTitle(page, `Rejoindre « ${workspaceName} »`);
    await page.getByRole("button", { name: "Rejoindre l'espace" }).click();
    await expectTitle(page, workspaceName);
    await page.getByRole("heading", { level: 2, name: "Liens d'invitation" }).waitFor();
    expect(await page.getByRole("heading", { level: 2, name: "Réglages de l'espace" }).count()).toBe(0);
    expect(await page.getByRole("combobox", { name: `Rôle de ${owner.name}` }).count()).toBe(0);
    const grantable = await page.getByLabel("Rôle donné").locator("option").allTextContents();
    expect(grantable).toEqual(["Modérateur", "Participant", "Invité"]);
    await expectAccessible(page, "workspace as a project manager");
  });

  it("explains that an invitation link is unusable", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/join/ce-lien-n-existe-pas-du-tout`);
    await expectTitle(page, "Lien d'invitation inutilisable");
    expect(await page.getByRole("alert").textContent()).toContain("Ce lien d'invitation n'est pas valable");
    await expectAccessible(page, "unusable invitation link");
  });

  it("lets a visitor continue anonymously, then sign up and keep the workspace", async () => {
    const page = await journey.newPage();
    await page.goto(invitationUrl);
    await page.getByRole("button", { name: "Continuer anonymement" }).click();
    await expectTitle(page, workspaceName);
    const banner = page.getByRole("complementary").filter({ hasText: "Vous participez anonymement" });
    await banner.waitFor();
    await ownerPage.locator(".member-list .tag", { hasText: "anonyme" }).waitFor();
    await expectAccessible(page, "workspace as an anonymous participant");

    await banner.getByRole("link", { name: "Créer mon compte" }).click();
    await page.getByText("Votre compte reprendra votre identité anonyme").waitFor();
    await expectAccessible(page, "sign-up of an anonymous participant");
    await signUp(page, { name: "Léon Petit", email: `leon-${unique}@example.org` });
    await expectTitle(page, "Mes espaces");
    await page.getByRole("link", { name: workspaceName }).waitFor();
    expect(await banner.count()).toBe(0);
    await expectAccessible(page, "workspace list after claiming an anonymous identity");
  });

  it("resets a forgotten password from the link sent by e-mail", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/sign-in`);
    await expectTitle(page, "Se connecter");
    await expectAccessible(page, "sign-in");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expectTitle(page, "Mot de passe oublié");
    await page.getByLabel("Adresse e-mail").fill(owner.email);
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    await page.getByRole("status").filter({ hasText: "C'est envoyé" }).waitFor();
    await expectAccessible(page, "forgotten password");

    // Without SMTP_URL the server writes the e-mail to its log.
    const pattern = /reset-password\?token=([A-Za-z0-9_-]+)/;
    await expect.poll(() => journey.server.logs.some((line) => pattern.test(line)), { timeout }).toBe(true);
    const token = journey.server.logs.map((line) => pattern.exec(line)?.[1]).findLast(Boolean);
    await page.goto(`${journey.server.url}/reset-password?token=${token}`);
    await expectTitle(page, "Choisir un nouveau mot de passe");
    await page.getByLabel("Nouveau mot de passe").fill("court");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByText("Le mot de passe doit compter au moins 10 caractères.").waitFor();
    await expectAccessible(page, "reset password with a weak password");
    await page.getByLabel("Nouveau mot de passe").fill("un-nouveau-mot-de-passe");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expectTitle(page, "Mes espaces");
    await page.getByRole("link", { name: workspaceName }).waitFor();
  });
});
