// The public face in Chromium, signed out: the instance's home, a public challenge, its ideas and comments, and
// "join" asked only when the visitor acts; a challenge in synthesis no longer invites to propose or support.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const timeout = 15_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const manager = { name: "Inès Moreau", email: `ines-p-${unique}@example.org` };
const day = 24 * 3_600_000;
const shots = process.env.COCREA_SCREENSHOTS;

let managerPage: Page;
let workspaceId = "";
let openId = "";
let closedId = "";
let ideaId = "";

/** Saves a screenshot when COCREA_SCREENSHOTS names a folder (to look at the pages); otherwise does nothing. */
async function shoot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

function brief(title: string, from: number) {
  return {
    title,
    question: "Comment rendre la place plus agréable ?",
    benefit: "Les idées retenues seront réalisées cet été.",
    categories: [],
    projectManager: { name: manager.name, text: "" },
    status: "published",
    audience: "public",
    timeline: {
      announcementAt: new Date(from - 4 * day).toISOString(),
      contributionsOpenAt: new Date(from - 3 * day).toISOString(),
      contributionsCloseAt: new Date(from + day).toISOString(),
      votingCloseAt: new Date(from + 2 * day).toISOString(),
      synthesisCloseAt: new Date(from + 3 * day).toISOString(),
    },
  };
}

beforeAll(async () => {
  managerPage = await journey.newPage(desktop);
  await signUp(managerPage, journey.server, manager);
  // A signed-in person reaches the public face from their workspaces.
  await managerPage.getByRole("link", { name: "Parcourir les défis publics de tous les espaces" }).waitFor();
  await managerPage.getByLabel("Nom de l'espace").fill("Ville de Bréval");
  await managerPage.getByRole("button", { name: "Créer l'espace" }).click();
  await expectTitle(managerPage, "Ville de Bréval");
  workspaceId = managerPage.url().split("/workspaces/")[1] ?? "";
  const base = `/workspaces/${workspaceId}/challenges`;
  ({
    challenge: { id: openId },
  } = await callApi<{ challenge: { id: string } }>(
    managerPage,
    "POST",
    base,
    brief("La place du marché", Date.now()),
  ));
  ({
    idea: { id: ideaId },
  } = await callApi<{ idea: { id: string } }>(managerPage, "POST", `${base}/${openId}/ideas`, {
    title: "Des arbres et des bancs",
    body: "Planter des tilleuls et installer des bancs à l'ombre.",
  }));
  await callApi(managerPage, "POST", `/workspaces/${workspaceId}/ideas/${ideaId}/comments`, {
    body: "Nous vérifions les réseaux sous la place.",
  });
  await callApi(managerPage, "POST", base, { ...brief("Entre membres", Date.now()), audience: "members" });
  ({
    challenge: { id: closedId },
  } = await callApi<{ challenge: { id: string } }>(
    managerPage,
    "POST",
    base,
    brief("Le parc des Tanneurs", Date.now() - 2.5 * day),
  ));
});

describe("public face", () => {
  it("lets a visitor read the home, a public challenge, its ideas and comments, and asks to join only on acting", async () => {
    const visitor = await journey.newPage(desktop);
    await visitor.goto(journey.server.url);
    await expectTitle(visitor, "Défis publics");
    await visitor.getByRole("link", { name: "Le parc des Tanneurs" }).waitFor();
    expect(await visitor.getByRole("link", { name: "Entre membres" }).count()).toBe(0);
    await expectAccessible(visitor, "public home");
    await shoot(visitor, "home-desktop");

    await visitor.getByRole("link", { name: "La place du marché" }).click();
    await expectTitle(visitor, "La place du marché");
    const idea = visitor.getByRole("listitem").filter({ hasText: "Des arbres et des bancs" });
    await idea.getByText("1 commentaire").waitFor();
    await expectAccessible(visitor, "public challenge");
    await shoot(visitor, "challenge-desktop");

    await idea.getByRole("link", { name: "Des arbres et des bancs" }).click();
    await expectTitle(visitor, "Des arbres et des bancs");
    await visitor.getByText("Nous vérifions les réseaux sous la place.").waitFor();
    const act = visitor.getByRole("region", { name: "Participer" });
    expect(await act.getByRole("link", { name: "Créer un compte" }).count()).toBe(0);
    await act.getByRole("button", { name: "Soutenir" }).click();
    const signUpLink = act.getByRole("link", { name: "Créer un compte" });
    await signUpLink.waitFor();
    expect(await signUpLink.getAttribute("href")).toContain(encodeURIComponent(`/ideas/${ideaId}`));
    await expectAccessible(visitor, "public idea, asked to join");
    await shoot(visitor, "idea-desktop");

    await visitor.goto(`${journey.server.url}/w/${workspaceId}`);
    await expectTitle(visitor, "Ville de Bréval");
    await visitor.getByRole("link", { name: "La place du marché" }).waitFor();
    await expectAccessible(visitor, "workspace home");
    await shoot(visitor, "workspace-desktop");
  });

  it("speaks English to an English-speaking visitor", async () => {
    const visitor = await journey.newPage(desktop, "en-GB");
    await visitor.goto(`${journey.server.url}/public/challenges/${openId}/ideas/${ideaId}`);
    await expectTitle(visitor, "Des arbres et des bancs");
    await visitor.getByRole("heading", { name: "1 comment" }).waitFor();
    await visitor.getByRole("region", { name: "Take part" }).getByRole("button", { name: "Comment" }).click();
    await visitor
      .getByText("To support or comment, create an account or sign in", { exact: false })
      .waitFor();
    await expectAccessible(visitor, "public idea in English");
    await shoot(visitor, "idea-desktop-en");
    await visitor.goto(journey.server.url);
    await expectTitle(visitor, "Public challenges");
    await shoot(visitor, "home-desktop-en");
  });

  it("no longer invites to propose or support a public challenge in synthesis, on a phone", async () => {
    const visitor = await journey.newPage(phone);
    await visitor.goto(`${journey.server.url}/public/challenges/${closedId}`);
    await expectTitle(visitor, "Le parc des Tanneurs");
    await visitor.getByText("Les contributions sont closes", { exact: false }).waitFor();
    expect(await visitor.getByRole("button", { name: /Soutenir/ }).count()).toBe(0);
    expect(await visitor.getByRole("heading", { name: "Participer" }).count()).toBe(0);
    await expectAccessible(visitor, "public challenge in synthesis");
    await shoot(visitor, "closed-phone");
    for (const [path, name] of [
      ["/", "home-phone"],
      [`/public/challenges/${openId}`, "challenge-phone"],
      [`/public/challenges/${openId}/ideas/${ideaId}`, "idea-phone"],
    ] as const) {
      await visitor.goto(`${journey.server.url}${path}`);
      await visitor.getByRole("heading", { level: 1 }).waitFor();
      await expectAccessible(visitor, name);
      await shoot(visitor, name);
    }
  });
});
