// Feed sources in Chromium, in French on a desktop then in English on a phone: a manager follows a feed served on loopback (allowed by the
// server's configuration), sees it read and its mentions counted, sees a refused private address, pauses and deletes.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle, phone } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp } from "../support/sign-up-page.ts";

const journey = browserJourney(20_000, { FEEDS_ALLOW_LOOPBACK: "true" });
const unique = Date.now().toString(36);
const shots = process.env.COCREA_SCREENSHOTS;
let feeds: Server;
let feedUrl: string;

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Actualités de Nantes</title><language>fr</language>
<item><guid>urn:n1</guid><title>Nantes inaugure une médiathèque</title><pubDate>Mon, 01 Dec 2025 10:00:00 GMT</pubDate></item>
<item><guid>urn:n2</guid><title>Le tramway de Nantes en panne</title><pubDate>Tue, 02 Dec 2025 10:00:00 GMT</pubDate></item>
</channel></rss>`;

beforeAll(async () => {
  feeds = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(rss);
  });
  await new Promise<void>((resolve) => feeds.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}/actualites.xml`;
});
afterAll(() => new Promise<void>((resolve) => feeds.close(() => resolve())));

describe("listening feed sources", () => {
  it("follows a feed, shows its status and a refused address, then pauses and deletes a source", async () => {
    const page = await journey.newPage(desktop);
    await signUp(page, journey.server, { name: "Inès Morel", email: `ines-flux-${unique}@example.org` });
    const { workspace } = await callApi<{ workspace: { id: string } }>(page, "POST", "/workspaces", {
      name: "Ville de Nantes",
      kind: "city",
    });
    const { project } = await callApi<{ project: { id: string } }>(
      page,
      "POST",
      `/workspaces/${workspace.id}/listening/projects`,
      { name: "Veille Nantes" },
    );
    const importPage = `${journey.server.url}/workspaces/${workspace.id}/listening/${project.id}/import`;
    await page.goto(importPage);
    await expectTitle(page, "Importer des mentions");
    const section = page.locator('section[aria-labelledby="feeds-title"]');
    await section.getByText("Aucun flux suivi pour l'instant.").waitFor();

    await section.getByLabel("Adresse du flux").fill("ftp://example.org/flux");
    await section.getByRole("button", { name: "Suivre ce flux" }).click();
    await section.getByText("Saisissez une adresse web complète").waitFor();

    await section.getByLabel("Adresse du flux").fill(feedUrl);
    await section.getByRole("button", { name: "Suivre ce flux" }).click();
    // The poll runs in the worker; its job.finished event reloads the list.
    await section.getByRole("heading", { name: "Actualités de Nantes" }).waitFor();
    const followed = section.getByRole("listitem").filter({ hasText: "Actualités de Nantes" });
    await followed.getByText("2", { exact: true }).waitFor();

    await section.getByLabel("Adresse du flux").fill("http://10.20.30.40/flux.xml");
    await section.getByRole("button", { name: "Suivre ce flux" }).click();
    const refused = section.getByRole("listitem").filter({ hasText: "http://10.20.30.40/flux.xml" });
    await refused
      .getByText(
        "Adresse refusée : 10.20.30.40 est une adresse de réseau privé ; un flux doit être sur l'Internet public.",
      )
      .waitFor();
    await expectAccessible(page, "the feed sources");
    if (shots) await page.screenshot({ path: `${shots}/feeds-desktop-fr.png`, fullPage: true });

    await followed.getByRole("button", { name: "Mettre en pause le flux Actualités de Nantes" }).click();
    await followed.getByText("En pause").waitFor();
    await followed.getByText("Aucune tant que le flux est en pause").waitFor();
    await refused.getByRole("button", { name: /^Supprimer le flux http:\/\/10\.20\.30\.40/ }).click();
    await refused.waitFor({ state: "detached" });
    await expectAccessible(page, "a paused feed source");

    const english = await journey.newPage(phone);
    await signUp(english, journey.server, { name: "Ann Lee", email: `ann-feeds-${unique}@example.org` });
    await english.locator('.language-switch button[lang="en"]').click();
    await english.getByRole("heading", { level: 1, name: "My workspaces" }).waitFor();
    const own = await callApi<{ workspace: { id: string } }>(english, "POST", "/workspaces", {
      name: "Town",
      kind: "city",
    });
    const created = await callApi<{ project: { id: string } }>(
      english,
      "POST",
      `/workspaces/${own.workspace.id}/listening/projects`,
      { name: "Town watch" },
    );
    await english.goto(
      `${journey.server.url}/workspaces/${own.workspace.id}/listening/${created.project.id}/import`,
    );
    const feedsSection = english.locator('section[aria-labelledby="feeds-title"]');
    await feedsSection.getByLabel("Feed address").fill(feedUrl);
    await feedsSection.getByRole("button", { name: "Follow this feed" }).click();
    await feedsSection.getByRole("heading", { name: "Actualités de Nantes" }).waitFor();
    await feedsSection.getByText("Mentions added").waitFor();
    await expectAccessible(english, "the feed sources on a phone, in English");
    if (shots) {
      await feedsSection.scrollIntoViewIfNeeded();
      await english.screenshot({ path: `${shots}/feeds-phone-en.png`, fullPage: true });
    }
  });
});
