// The synthesis in Chromium: a manager opens it, sees the groups arrive live, renames a group and moves an idea.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoIdeas } from "../../src/domain/demo/demo-ideas.ts";
import { expectAccessible, launchBrowser } from "../support/browser.ts";
import { callApi } from "../support/page-api.ts";
import { type ServeProcess, startServeProcess } from "../support/serve-process.ts";
import { signUpAndConfirm } from "../support/sign-up-page.ts";

const timeout = 15_000;
const day = 24 * 3_600_000;
const unique = Date.now().toString(36);

let server: ServeProcess;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const [started, launched] = await Promise.allSettled([startServeProcess(), launchBrowser()]);
  if (started.status === "fulfilled") server = started.value;
  if (launched.status === "fulfilled") browser = launched.value;
  for (const result of [started, launched]) if (result.status === "rejected") throw result.reason;
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("synthesis", () => {
  it("lets a manager see the groups, rename one and move an idea out of it", async () => {
    context = await browser.newContext({ locale: "fr-FR", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);

    await page.goto(`${server.url}/sign-up`);
    await signUpAndConfirm(page, server, {
      name: "Karim Benali",
      email: `karim-synthese-${unique}@example.org`,
    });
    await page.getByRole("heading", { level: 1, name: "Mes espaces" }).waitFor();

    const { workspace } = await callApi<{ workspace: { id: string } }>(page, "POST", "/workspaces", {
      name: "Mairie de Tours",
    });
    const { challenge } = await callApi<{ challenge: { id: string } }>(
      page,
      "POST",
      `/workspaces/${workspace.id}/challenges`,
      {
        title: "Réinventons le marché du samedi",
        question: "Comment rendre le marché plus vivant ?",
        benefit: "Les idées retenues seront testées cet été.",
        projectManager: { name: "Karim Benali" },
        status: "published",
        timeline: {
          announcementAt: new Date(Date.now() - 2 * day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - day).toISOString(),
          contributionsCloseAt: new Date(Date.now() + day).toISOString(),
          votingCloseAt: new Date(Date.now() + 2 * day).toISOString(),
          synthesisCloseAt: new Date(Date.now() + 3 * day).toISOString(),
        },
      },
    );
    for (const idea of demoIdeas)
      await callApi(page, "POST", `/workspaces/${workspace.id}/challenges/${challenge.id}/ideas`, {
        title: idea.title,
        body: idea.body,
      });

    await page.goto(`${server.url}/workspaces/${workspace.id}/challenges/${challenge.id}`);
    await page.getByRole("link", { name: "Console du défi" }).click();
    await page.getByRole("link", { name: "Synthèse des idées" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Synthèse : Réinventons le marché du samedi" })
      .waitFor();
    // The groups arrive when the background computation lands; a run may have started before the last ideas came,
    // and the next one, folding them in, reaches the page live.
    const cards = page.locator("article.group-card");
    await expect.poll(() => cards.count(), { timeout }).toBeGreaterThanOrEqual(3);
    await page.getByText(/Dernier calcul/).waitFor();
    await expectAccessible(page, "synthesis with computed groups");

    const card = cards.filter({ hasText: "Un parking à vélos sécurisé" }).first();
    await card.locator("summary", { hasText: "Modifier le groupe" }).click();
    await card.getByLabel("Nom du groupe", { exact: true }).fill("Venir à vélo");
    await card.getByRole("button", { name: "Renommer" }).click();
    await page.getByRole("heading", { level: 3, name: "Venir à vélo" }).waitFor();

    const renamed = cards.filter({ has: page.getByRole("heading", { level: 3, name: "Venir à vélo" }) });
    await renamed.locator("summary", { hasText: "idées du groupe" }).click();
    const item = renamed.locator(".synthesis-idea").filter({ hasText: "Un parking à vélos sécurisé" });
    await item
      .getByLabel("Déplacer « Un parking à vélos sécurisé » vers")
      .selectOption({ label: "Aucun groupe" });
    await item.getByRole("button", { name: "Déplacer" }).click();
    const ungrouped = page.getByRole("region", { name: /dans aucun groupe/ });
    await ungrouped.getByRole("link", { name: "Un parking à vélos sécurisé" }).waitFor();
    expect(await renamed.getByRole("link", { name: "Un parking à vélos sécurisé" }).count()).toBe(0);
    await expectAccessible(page, "synthesis after renaming and moving");
  });
});
