// "You said, we did" in Chromium: a manager writes a group's debrief and an action, publishes, and a signed-out
// visitor of the public challenge sees the action move to done without reloading.

import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/db/open-database.ts";
import { expectAccessible, launchBrowser } from "../support/browser.ts";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { insertGroup } from "../support/group-fixture.ts";
import { callApi } from "../support/page-api.ts";
import { type Cluster, startEmbeddedCluster } from "../support/postgres-cluster.ts";
import { signUpAndConfirm } from "../support/sign-up-page.ts";

const timeout = 10_000;
const hour = 3_600_000;
const day = 24 * hour;
const unique = Date.now().toString(36);

let cluster: Cluster;
let pool: pg.Pool;
let server: CocreaProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(viewport = { width: 390, height: 844 }): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR", viewport, timezoneId: "UTC" });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  return page;
}

beforeAll(async () => {
  [cluster, browser] = await Promise.all([startEmbeddedCluster(), launchBrowser()]);
  server = await startCocrea(["--no-demo"], {
    DATABASE_URL: cluster.url,
    AUTH_RATE_LIMIT: "1000",
    SMTP_URL: "",
  });
  pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  // The cluster stops at the end while an idle connection may still be closing: that is no failure.
  pool.on("error", () => {});
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  await pool?.end();
  await cluster?.stop();
});

describe("you said, we did", () => {
  it("shows a published group debrief to a signed-out visitor, and an action moving to done live", async () => {
    const manager = await newPage({ width: 1280, height: 800 });
    await manager.goto(`${server.url}/sign-up`);
    await signUpAndConfirm(manager, server, { name: "Karim Benali", email: `karim-${unique}@example.org` });
    await manager.getByRole("heading", { level: 1, name: "Mes espaces" }).waitFor();
    const { workspace } = await callApi<{ workspace: { id: string } }>(manager, "POST", "/workspaces", {
      name: "Mairie de Villeurbanne",
      kind: "city",
    });
    const { challenge } = await callApi<{ challenge: { id: string } }>(
      manager,
      "POST",
      `/workspaces/${workspace.id}/challenges`,
      {
        title: "Réinventons le marché du samedi",
        question: "Comment rendre le marché plus vivant ?",
        benefit: "Les idées retenues seront réalisées cet été.",
        projectManager: { name: "Karim Benali" },
        audience: "public",
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
    const path = `/workspaces/${workspace.id}/challenges/${challenge.id}`;
    const ideaIds: string[] = [];
    for (const title of ["Des bancs à l'ombre", "Des chaises près de la fontaine"]) {
      const { idea } = await callApi<{ idea: { id: string } }>(manager, "POST", `${path}/ideas`, {
        title,
        body: "Pour souffler entre deux étals.",
      });
      ideaIds.push(idea.id);
    }
    // The synthesis made one group of these ideas; voting is over.
    const db = drizzle(pool, { schema });
    await insertGroup(db, {
      workspaceId: workspace.id,
      challengeId: challenge.id,
      ideaIds,
      name: "S'asseoir au marché",
    });
    await db.execute(sql`
      UPDATE challenges SET announcement_at = now() - interval '4 days', contributions_open_at = now() - interval '3 days',
        contributions_close_at = now() - interval '2 days', voting_close_at = now() - interval '1 day',
        synthesis_close_at = now() + interval '1 day'
      WHERE id = ${challenge.id}`);

    await manager.goto(`${server.url}${path}/console`);
    const section = manager.getByRole("region", { name: "Groupes d'idées et actions" });
    await section.getByText("Aperçu : les participants le verront une fois le bilan publié.").waitFor();
    await section.getByText("S'asseoir au marché (2 idées)").click();
    await section.getByLabel("Ce que nous avons entendu").fill("Vous voulez pouvoir vous asseoir au marché.");
    await section
      .getByLabel("Ce que nous allons faire")
      .fill("Nous installons des bancs à l'ombre des tilleuls.");
    await section.getByRole("button", { name: "Enregistrer le bilan de ce groupe" }).click();
    await section.getByText("Bilan du groupe enregistré.").waitFor();
    const newAction = section.locator("form.action-form").first();
    await newAction.getByLabel("Action").fill("Dix bancs sous les tilleuls");
    await newAction.getByLabel("Portée par").fill("Service voirie");
    await newAction.getByLabel("Échéance").fill("2027-06-30");
    await newAction.getByLabel("État").selectOption("not-retained");
    await newAction.getByRole("button", { name: "Ajouter l'action" }).click();
    // Not retained without a reason: the error is beside the reason.
    const reason = newAction.getByLabel("Pourquoi elle n'est pas retenue");
    await expect.poll(() => reason.getAttribute("aria-invalid"), { timeout }).toBe("true");
    await expectAccessible(manager, "debrief editor with an error");
    await newAction.getByLabel("État").selectOption("planned");
    await newAction.getByRole("button", { name: "Ajouter l'action" }).click();
    await section.getByText("Action ajoutée.").waitFor();
    await section.getByRole("combobox", { name: "État de « Dix bancs sous les tilleuls »" }).waitFor();
    await expectAccessible(manager, "debrief editor");

    await manager
      .getByRole("textbox", { name: /^Le bilan/ })
      .fill("Merci pour vos 2 idées : voici ce que nous faisons.");
    await manager.getByLabel("Publier le bilan aux participants").check();
    await manager.getByRole("button", { name: "Enregistrer le bilan", exact: true }).click();
    await manager.getByText("Bilan publié : les participants le voient.").waitFor();

    const visitor = await newPage();
    await visitor.goto(`${server.url}/public/challenges/${challenge.id}`);
    await visitor.getByRole("link", { name: /Vous avez dit, nous faisons/ }).click();
    await visitor.getByRole("heading", { level: 1, name: "Vous avez dit, nous faisons" }).waitFor();
    const group = visitor.getByRole("region", { name: "S'asseoir au marché" });
    await group.getByText("Vous voulez pouvoir vous asseoir au marché.").waitFor();
    await group.getByText("Nous installons des bancs à l'ombre des tilleuls.").waitFor();
    await group.getByText("« Des bancs à l'ombre »").waitFor();
    const action = group.locator(".action-item").filter({ hasText: "Dix bancs sous les tilleuls" });
    await action.getByText("Prévue").waitFor();
    await action.getByText(/Portée par Service voirie · échéance le 30 juin 2027/).waitFor();
    await visitor.getByText("Actions réalisées : 0 sur 1").waitFor();
    await visitor.getByText("Mises à jour en direct").waitFor();
    await expectAccessible(visitor, "public you said, we did, on a phone");

    const status = manager.getByRole("combobox", { name: "État de « Dix bancs sous les tilleuls »" });
    await status.selectOption("done");
    await manager.getByRole("button", { name: "Mettre à jour l'état" }).click();
    await manager.getByText("État mis à jour", { exact: false }).waitFor();

    // The visitor's page was never reloaded.
    await action.getByText("Réalisée").waitFor();
    await visitor.getByText("Actions réalisées : 1 sur 1").waitFor();
    await expectAccessible(visitor, "public you said, we did after an action moved");

    // The same page in English.
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
    contexts.push(context);
    const english = await context.newPage();
    english.setDefaultTimeout(timeout);
    await english.goto(`${server.url}/public/challenges/${challenge.id}/debrief`);
    await english.getByRole("heading", { level: 1, name: "You said, we did" }).waitFor();
    await english.getByText("Actions done: 1 of 1").waitFor();
    await english.getByRole("region", { name: "S'asseoir au marché" }).getByText("What we will do").waitFor();
    await expectAccessible(english, "public you said, we did in English");
  });
});
