// The challenge journey in Chromium: a manager launches a challenge, a participant contributes, both see it live.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser.ts";
import { browserJourney, desktop, expectTitle } from "../support/journey.ts";
import { callApi } from "../support/page-api.ts";
import { signUp, signUpAndConfirm } from "../support/sign-up-page.ts";

const timeout = 10_000;
const journey = browserJourney(timeout);
const unique = Date.now().toString(36);
const manager = { name: "Karim Benali", email: `karim-${unique}@example.org` };
const participant = { name: "Léa Dubois", email: `lea-${unique}@example.org` };
const challengeTitle = "Réinventons le marché du samedi";
const ideaTitle = "Une fanfare le premier samedi du mois";
const hour = 3_600_000;
const day = 24 * hour;

let managerPage: Page;
let participantPage: Page;
let workspaceId = "";
let challengeUrl = "";

/** A datetime-local value for an instant `offset` milliseconds from now, in UTC. */
const localInput = (offset: number) => new Date(Date.now() + offset).toISOString().slice(0, 16);

describe("challenge journey", () => {
  it("lets a manager create a challenge, with a server error shown beside the date concerned", async () => {
    managerPage = await journey.newPage(desktop);
    await signUp(managerPage, journey.server, manager);
    await managerPage.getByLabel("Nom de l'espace").fill("Mairie de Villeurbanne");
    await managerPage.getByRole("button", { name: "Créer l'espace" }).click();
    await expectTitle(managerPage, "Mairie de Villeurbanne");
    workspaceId = managerPage.url().split("/workspaces/")[1] ?? "";
    await managerPage.getByRole("heading", { level: 2, name: "Défis" }).waitFor();
    await managerPage.getByText("Aucun défi pour l'instant.").waitFor();
    await expectAccessible(managerPage, "workspace with no challenge");

    await managerPage.getByRole("link", { name: "Nouveau défi" }).click();
    await expectTitle(managerPage, "Nouveau défi");
    await expectAccessible(managerPage, "new challenge form");
    await managerPage.getByLabel("Titre").fill(challengeTitle);
    await managerPage
      .getByLabel("La question posée")
      .fill("Comment rendre le marché plus vivant pour toutes les générations ?");
    await managerPage
      .getByLabel("Ce que les participants y gagnent")
      .fill("Les trois idées les plus soutenues seront testées cet été, avec leurs auteurs.");
    await managerPage
      .getByRole("group", { name: "Le porteur du projet" })
      .getByLabel("Nom")
      .fill(manager.name);
    await managerPage.getByLabel("Présentation").fill("Je porte ce projet au service du commerce.");
    await managerPage.getByLabel("Vidéo ou photo (adresse)").fill("https://example.org/karim.jpg");
    await managerPage.getByLabel("Annonce").fill(localInput(-2 * hour));
    await managerPage.getByLabel("Ouverture des contributions").fill(localInput(-hour));
    // The contributions would close before they open: the server says so beside that date.
    await managerPage.getByLabel("Clôture des contributions").fill(localInput(-2 * hour));
    await managerPage.getByLabel("Fin du vote").fill(localInput(2 * day));
    await managerPage.getByLabel("Fin de la synthèse").fill(localInput(3 * day));
    await managerPage.getByLabel("Catégories").fill("Animation\nAccessibilité");
    await managerPage.getByLabel("Objectif de participation").fill("50");
    await managerPage.getByLabel("Publier le défi").check();
    await managerPage.getByRole("button", { name: "Créer le défi" }).click();

    const closing = managerPage.getByLabel("Clôture des contributions");
    await expect.poll(() => closing.getAttribute("aria-invalid"), { timeout }).toBe("true");
    await expectAccessible(managerPage, "new challenge form with an error");
    await closing.fill(localInput(day));
    await managerPage.getByRole("button", { name: "Créer le défi" }).click();
    await expectTitle(managerPage, challengeTitle);
    challengeUrl = managerPage.url();
    await managerPage
      .getByText(/^Clôture des contributions dans (23 heures et \d+ minutes|1 jour)\.$/)
      .waitFor();
    await managerPage.getByText("0 participant sur 50 attendus · 0 idée").waitFor();
    // The brief has its own address; the ideas come first.
    await managerPage.getByRole("link", { name: "Présentation" }).click();
    await managerPage.getByRole("img", { name: `Photo de ${manager.name}` }).waitFor();
    await expectAccessible(managerPage, "challenge brief of the manager");
    await managerPage.getByRole("link", { name: "Idées" }).click();
    await managerPage.getByText("Mises à jour en direct").waitFor();
    await expectAccessible(managerPage, "challenge page of the manager");
  });

  it("lets a participant post an idea, which the manager sees appear live", async () => {
    const { url } = await callApi<{ url: string }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/invitations`,
      { role: "participant" },
    );
    participantPage = await journey.newPage();
    await signUp(participantPage, journey.server, participant);
    await participantPage.goto(url);
    await participantPage.getByRole("button", { name: "Rejoindre l'espace" }).click();
    await participantPage.getByRole("link", { name: challengeTitle }).click();
    await expectTitle(participantPage, challengeTitle);
    await participantPage.getByText("Pas encore d'idée.", { exact: false }).waitFor();
    await expectAccessible(participantPage, "challenge page of a participant, on a phone");

    await participantPage.getByRole("link", { name: "Proposer une idée" }).click();
    await expectTitle(participantPage, "Proposer une idée");
    await participantPage.getByLabel("Titre de l'idée").fill(ideaTitle);
    await participantPage
      .getByLabel("Votre idée")
      .fill("L'école de musique cherche des occasions de jouer dehors : le marché en serait une belle.");
    await participantPage.getByLabel("Catégorie").selectOption("Animation");
    await expectAccessible(participantPage, "new idea form");
    await participantPage.getByRole("button", { name: "Publier mon idée" }).click();
    await expectTitle(participantPage, ideaTitle);
    await participantPage.getByText("Mises à jour en direct").waitFor();
    await expectAccessible(participantPage, "idea page of its author");

    // The manager's page was opened before the idea existed and is never reloaded.
    await managerPage.locator(".idea-list").getByRole("link", { name: ideaTitle }).waitFor();
    await managerPage
      .getByRole("status")
      .filter({ hasText: `Nouvelle idée : « ${ideaTitle} »` })
      .waitFor();
    await managerPage.getByText("1 participant sur 50 attendus · 1 idée").waitFor();
    // The answers still owed are in the console.
    await managerPage.getByRole("link", { name: "Console du défi" }).click();
    const waiting = managerPage.getByRole("region", { name: "Vos réponses" });
    await waiting.getByText("1 idée attend votre réponse (les plus anciennes d'abord)").waitFor();
    await waiting.getByRole("link", { name: ideaTitle }).waitFor();
    await waiting.getByText("Aucune idée n'a encore reçu de réponse officielle.").waitFor();
    await managerPage.getByRole("link", { name: `Retour au défi « ${challengeTitle} »` }).click();
    await managerPage.locator(".idea-list").getByRole("link", { name: ideaTitle }).waitFor();
  });

  it("counts a support and a reaction, for the participant and live for the manager", async () => {
    await participantPage.getByRole("button", { name: "Soutenir cette idée" }).click();
    await participantPage.getByText("1 soutien", { exact: true }).waitFor();
    const supported = participantPage.getByRole("button", { name: "Vous soutenez cette idée" });
    expect(await supported.getAttribute("aria-pressed")).toBe("true");

    await participantPage.getByRole("button", { name: "J'adore, 0" }).click();
    const love = participantPage.getByRole("button", { name: "J'adore, 1" });
    await love.waitFor();
    expect(await love.getAttribute("aria-pressed")).toBe("true");
    await expectAccessible(participantPage, "idea page after a support and a reaction");

    const card = managerPage.locator(".idea-card").filter({ hasText: ideaTitle });
    await card.getByText("1 soutien · 0 commentaire · 1 réaction").waitFor();
  });

  it("lets the manager answer officially, and the participant sees the official mark", async () => {
    await managerPage.locator(".idea-list").getByRole("link", { name: ideaTitle }).click();
    await expectTitle(managerPage, ideaTitle);
    await managerPage.getByRole("button", { name: "J'adore, 1" }).waitFor();
    await expectAccessible(managerPage, "idea page of the manager");
    await managerPage
      .getByLabel("Votre réponse officielle")
      .fill("Belle idée : j'appelle l'école de musique.");
    await managerPage.getByRole("button", { name: "Publier la réponse officielle" }).click();
    await managerPage.getByRole("heading", { level: 2, name: "1 commentaire" }).waitFor();

    const answer = participantPage.locator(".comment.official");
    await answer.getByText("Belle idée : j'appelle l'école de musique.").waitFor();
    await answer.getByText("Réponse officielle").waitFor();
    await participantPage.locator(".idea-tags").getByText("Réponse officielle").waitFor();
    await participantPage
      .getByRole("status")
      .filter({ hasText: `Nouvelle réponse officielle de ${manager.name}.` })
      .waitFor();
    await expectAccessible(participantPage, "idea page with an official answer");

    await participantPage.getByRole("button", { name: "Répondre à Karim Benali" }).click();
    await participantPage
      .getByLabel(`Votre réponse à ${manager.name}`)
      .fill("Merci, je préviens la fanfare !");
    await participantPage.getByRole("button", { name: "Commenter" }).first().click();
    await managerPage.locator(".replies").getByText("Merci, je préviens la fanfare !").waitFor();

    await managerPage.getByRole("link", { name: `Retour au défi « ${challengeTitle} »` }).click();
    await managerPage.getByRole("link", { name: "Console du défi" }).click();
    const answers = managerPage.getByRole("region", { name: "Vos réponses" });
    await answers.getByText("Toutes les idées ont reçu une réponse officielle.").waitFor();
    await answers
      .getByText(/^Délai médian avant votre première réponse officielle : \d+ minutes?\.$/)
      .waitFor();
    await expectAccessible(managerPage, "challenge page with every idea answered");
  });

  it("tells the author of the official answer in the workspace's notifications", async () => {
    await participantPage.goto(`${journey.server.url}/workspaces/${workspaceId}`);
    const notifications = participantPage.getByRole("region", { name: "Notifications" });
    await notifications.getByText("1 non lue").waitFor();
    await notifications.getByRole("link", { name: `Réponse officielle à l'idée « ${ideaTitle} »` }).waitFor();
    await participantPage
      .getByRole("region", { name: "Défis" })
      .getByText("Contributions ouvertes")
      .waitFor();
    await expectAccessible(participantPage, "workspace with a notification");
    await notifications.getByRole("button", { name: "Tout marquer comme lu" }).click();
    await notifications.getByText("0 non lue").waitFor();
    await notifications.getByRole("link", { name: `Réponse officielle à l'idée « ${ideaTitle} »` }).click();
    await expectTitle(participantPage, ideaTitle);
  });

  it("lets a participant flag a comment, which the moderators' queue lists until dismissed", async () => {
    await participantPage.getByRole("button", { name: `Signaler à ${manager.name}` }).click();
    await participantPage.getByLabel("Pourquoi signaler ? (facultatif)").fill("Ton un peu sec.");
    await expectAccessible(participantPage, "idea page with a flag form");
    await participantPage.getByRole("button", { name: "Envoyer le signalement" }).click();
    await participantPage.getByText("Merci : les modérateurs ont reçu votre signalement.").waitFor();

    await managerPage.goto(`${journey.server.url}/workspaces/${workspaceId}`);
    const queue = managerPage.getByRole("region", { name: "À modérer" });
    await queue.getByText("1 signalement").waitFor();
    await queue.getByText("Ton un peu sec.").waitFor();
    await expectAccessible(managerPage, "workspace with the moderators' queue");
    await queue.getByRole("button", { name: "Écarter les signalements" }).click();
    await queue.getByText("Rien à modérer pour l'instant.").waitFor();
    await managerPage.goto(challengeUrl);
  });

  it("lets a moderator hide a comment, its author seeing the reason", async () => {
    await managerPage.locator(".idea-list").getByRole("link", { name: ideaTitle }).click();
    await expectTitle(managerPage, ideaTitle);
    await managerPage.getByRole("button", { name: `Masquer à ${participant.name}` }).click();
    await managerPage
      .getByLabel("Pourquoi masquer ce commentaire ?")
      .fill("Hors sujet : restons sur le marché.");
    await managerPage.getByRole("button", { name: "Masquer", exact: true }).click();
    await participantPage
      .getByText("Commentaire masqué par la modération. Motif : Hors sujet : restons sur le marché.")
      .waitFor();
    await expectAccessible(participantPage, "idea page with a hidden comment");
  });

  it("shows the server's refusal of an idea sent after the contributions deadline", async () => {
    const closed = await callApi<{ challenge: { id: string } }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "Un nom pour la nouvelle place",
        question: "Comment appeler la place rénovée ?",
        benefit: "Le nom choisi sera gravé sur la plaque.",
        projectManager: { name: manager.name },
        status: "published",
        timeline: {
          announcementAt: new Date(Date.now() - 3 * day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - 2 * day).toISOString(),
          contributionsCloseAt: new Date(Date.now() - day).toISOString(),
          votingCloseAt: new Date(Date.now() + day).toISOString(),
          synthesisCloseAt: new Date(Date.now() + 2 * day).toISOString(),
        },
      },
    );
    const path = `/workspaces/${workspaceId}/challenges/${closed.challenge.id}`;
    await participantPage.goto(`${journey.server.url}${path}`);
    await expectTitle(participantPage, "Un nom pour la nouvelle place");
    await participantPage.getByText("Les contributions sont closes").waitFor();
    expect(await participantPage.getByRole("link", { name: "Proposer une idée" }).count()).toBe(0);

    // A form opened before the deadline and sent after it.
    await participantPage.goto(`${journey.server.url}${path}/ideas/new`);
    await expectTitle(participantPage, "Proposer une idée");
    await participantPage.getByLabel("Titre de l'idée").fill("Place des Marchés");
    await participantPage.getByLabel("Votre idée").fill("Pour rappeler ce qui s'y tient depuis toujours.");
    await participantPage.getByRole("button", { name: "Publier mon idée" }).click();
    const alert = participantPage.getByRole("alert");
    await alert.getByText("Cette étape du défi est close").waitFor();
    expect(await alert.textContent()).toContain("votre idée n'a pas été enregistrée");
    await expectAccessible(participantPage, "idea refused after the deadline");
    const ideas = await callApi<{ ideas: unknown[] }>(participantPage, "GET", `${path}/ideas`);
    expect(ideas.ideas).toEqual([]);
  });

  it('publishes the debrief, which participants read as "vous avez dit, nous faisons"', async () => {
    const done = await callApi<{ challenge: { id: string } }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "Des bancs pour la rue Paul-Bert",
        question: "Où installer des bancs ?",
        benefit: "Les bancs seront posés là où vous le proposez.",
        projectManager: { name: manager.name },
        status: "published",
        timeline: {
          announcementAt: new Date(Date.now() - 5 * day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - 4 * day).toISOString(),
          contributionsCloseAt: new Date(Date.now() - 3 * day).toISOString(),
          votingCloseAt: new Date(Date.now() - 2 * day).toISOString(),
          synthesisCloseAt: new Date(Date.now() - day).toISOString(),
        },
        // Every phase is over: a past consultation recorded after the fact.
        importsPastConsultation: true,
      },
    );
    const url = `${journey.server.url}/workspaces/${workspaceId}/challenges/${done.challenge.id}`;
    await managerPage.goto(`${url}/console`);
    await expectTitle(managerPage, "Console : Des bancs pour la rue Paul-Bert");
    const debrief = managerPage.getByRole("region", { name: "Vous avez dit, nous faisons" });
    await debrief
      .getByRole("textbox", { name: /^Le bilan/ })
      .fill("Vous avez demandé de l'ombre : quatre bancs seront posés sous les tilleuls.");
    await debrief.getByLabel("Publier le bilan aux participants").check();
    await expectAccessible(managerPage, "debrief form");
    await debrief.getByRole("button", { name: "Enregistrer le bilan" }).click();
    await debrief.getByRole("status").filter({ hasText: "Bilan publié" }).waitFor();

    await participantPage.goto(`${url}/results`);
    const published = participantPage.getByRole("region", { name: "Vous avez dit, nous faisons" });
    await published.getByText("quatre bancs seront posés sous les tilleuls").waitFor();
    await published.getByText(`Bilan de ${manager.name}, publié le`, { exact: false }).waitFor();
    expect(await published.getByRole("textbox", { name: /^Le bilan/ }).count()).toBe(0);
    await expectAccessible(participantPage, "published debrief");
  });

  it("lets a visitor read a public challenge by its link, sign up and take part", async () => {
    const open = await callApi<{ challenge: { id: string } }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "Le marché de Noël",
        question: "Quelle animation pour le marché de Noël ?",
        benefit: "L'animation choisie ouvrira le marché, avec son auteur.",
        projectManager: { name: manager.name },
        audience: "public",
        status: "published",
        timeline: {
          announcementAt: new Date(Date.now() - day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - hour).toISOString(),
          contributionsCloseAt: new Date(Date.now() + 5 * day).toISOString(),
          votingCloseAt: new Date(Date.now() + 6 * day).toISOString(),
          synthesisCloseAt: new Date(Date.now() + 7 * day).toISOString(),
        },
      },
    );
    await managerPage.goto(
      `${journey.server.url}/workspaces/${workspaceId}/challenges/${open.challenge.id}/console`,
    );
    const publicUrl = await managerPage.getByLabel("Lien public du défi").inputValue();
    expect(publicUrl).toBe(`${journey.server.url}/public/challenges/${open.challenge.id}`);

    const visitor = await journey.newPage();
    await visitor.goto(publicUrl);
    await expectTitle(visitor, "Le marché de Noël");
    await visitor.getByText("Un défi de Mairie de Villeurbanne").waitFor();
    await visitor.getByText("L'animation choisie ouvrira le marché, avec son auteur.").waitFor();
    await expectAccessible(visitor, "public challenge, signed out");
    const takePart = visitor.getByRole("region", { name: "Participer" });
    await takePart.getByRole("button", { name: "Proposer une idée" }).click();
    await takePart.getByRole("link", { name: "Créer un compte" }).click();
    await expectTitle(visitor, "Créer un compte");
    // The confirmation link brings the visitor back to the challenge they came from.
    await signUpAndConfirm(visitor, journey.server, {
      name: "Zoé Martin",
      email: `zoe-${unique}@example.org`,
    });
    await expectTitle(visitor, "Le marché de Noël");
    await visitor.getByRole("button", { name: "Participer au défi" }).click();
    await visitor.getByRole("link", { name: "Proposer une idée" }).waitFor();
    expect(visitor.url()).toBe(
      `${journey.server.url}/workspaces/${workspaceId}/challenges/${open.challenge.id}`,
    );
    await expectAccessible(visitor, "public challenge after joining");
  });

  it("lets an anonymous visitor take part in a public challenge, the others seeing it live", async () => {
    await managerPage.goto(`${journey.server.url}/workspaces/${workspaceId}`);
    const settings = managerPage.getByRole("region", { name: "Réglages de l'espace" });
    await settings.getByLabel("Accepter les participants anonymes").check();
    await settings.getByRole("button", { name: "Enregistrer" }).click();
    await settings.getByRole("status").filter({ hasText: "Réglages enregistrés." }).waitFor();
    const open = await callApi<{ challenge: { id: string } }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "La fête des voisins",
        question: "Comment faire venir les voisins qui ne viennent jamais ?",
        benefit: "Les idées retenues seront essayées à la fête de juin, avec leurs auteurs.",
        projectManager: { name: manager.name },
        audience: "public",
        allowAnonymous: true,
        status: "published",
        timeline: {
          announcementAt: new Date(Date.now() - day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - hour).toISOString(),
          contributionsCloseAt: new Date(Date.now() + 5 * day).toISOString(),
          votingCloseAt: new Date(Date.now() + 6 * day).toISOString(),
          synthesisCloseAt: new Date(Date.now() + 7 * day).toISOString(),
        },
      },
    );
    const challengePath = `/workspaces/${workspaceId}/challenges/${open.challenge.id}`;
    // The member's page is open before the visitor arrives, and never reloaded.
    await participantPage.goto(`${journey.server.url}${challengePath}`);
    await expectTitle(participantPage, "La fête des voisins");
    await participantPage.getByText("Mises à jour en direct").waitFor();

    const anonymous = await journey.newPage();
    await anonymous.goto(`${journey.server.url}/public/challenges/${open.challenge.id}`);
    await expectTitle(anonymous, "La fête des voisins");
    await anonymous.getByRole("button", { name: "Proposer une idée" }).click();
    await anonymous.getByRole("button", { name: "Continuer anonymement" }).click();
    await anonymous.getByRole("link", { name: "Proposer une idée" }).click();
    await expectTitle(anonymous, "Proposer une idée");
    const title = "Un repas où chacun apporte un plat de son pays";
    await anonymous.getByLabel("Titre de l'idée").fill(title);
    await anonymous.getByLabel("Votre idée").fill("On se parle plus facilement autour d'une table.");
    await anonymous.getByRole("button", { name: "Publier mon idée" }).click();
    await expectTitle(anonymous, title);
    await anonymous.getByText("Mises à jour en direct").waitFor();
    await expectAccessible(anonymous, "idea page of an anonymous author");

    // The member sees the anonymous idea arrive, supports it, and its author sees the support arrive.
    await participantPage.locator(".idea-list").getByRole("link", { name: title }).click();
    await expectTitle(participantPage, title);
    await participantPage.getByRole("button", { name: "Soutenir cette idée" }).click();
    await participantPage.getByText("1 soutien", { exact: true }).waitFor();
    await anonymous.getByText("1 soutien", { exact: true }).waitFor();
    await managerPage.goto(`${journey.server.url}${challengePath}`);
    await managerPage
      .locator(".idea-card")
      .filter({ hasText: title })
      .getByText("1 soutien", { exact: false })
      .waitFor();
  });

  it("lets an author edit and withdraw their idea while contributions are open", async () => {
    const challengePath = new URL(challengeUrl).pathname;
    const { idea } = await callApi<{ idea: { id: string } }>(
      participantPage,
      "POST",
      `${challengePath}/ideas`,
      {
        title: "Des bancs",
        body: "Pour souffler entre deux étals.",
        category: "Accessibilité",
      },
    );
    await managerPage.goto(challengeUrl);
    await managerPage.locator(".idea-list").getByRole("link", { name: "Des bancs" }).waitFor();

    await participantPage.goto(`${journey.server.url}/workspaces/${workspaceId}/ideas/${idea.id}`);
    await expectTitle(participantPage, "Des bancs");
    await participantPage.getByRole("link", { name: "Modifier mon idée" }).click();
    await expectTitle(participantPage, "Modifier mon idée");
    await participantPage.getByLabel("Titre de l'idée").fill("Des bancs à l'ombre");
    await expectAccessible(participantPage, "idea edition");
    await participantPage.getByRole("button", { name: "Enregistrer" }).click();
    await expectTitle(participantPage, "Des bancs à l'ombre");
    await managerPage.locator(".idea-list").getByRole("link", { name: "Des bancs à l'ombre" }).waitFor();

    participantPage.once("dialog", (dialog) => void dialog.accept());
    await participantPage.getByRole("button", { name: "Retirer mon idée" }).click();
    await expectTitle(participantPage, challengeTitle);
    await expect
      .poll(
        () => managerPage.locator(".idea-list").getByRole("link", { name: "Des bancs à l'ombre" }).count(),
        {
          timeout,
        },
      )
      .toBe(0);
  });

  it("lets the manager extend the contributions deadline, and the participant's countdown follows", async () => {
    await participantPage.goto(challengeUrl);
    await participantPage
      .getByText(/^Clôture des contributions dans (23 heures et \d+ minutes|1 jour)\.$/)
      .waitFor();
    await managerPage.goto(`${challengeUrl}/edit`);
    await expectTitle(managerPage, `Modifier « ${challengeTitle} »`);
    const extend = managerPage.getByRole("region", { name: "Prolonger une échéance" });
    await extend.getByLabel("Échéance").selectOption("contributionsCloseAt");
    await extend.getByLabel("Nouvelle date").fill(localInput(36 * hour));
    await expectAccessible(managerPage, "challenge edition");
    await extend.getByRole("button", { name: "Prolonger" }).click();
    await extend.getByRole("status").filter({ hasText: "Clôture des contributions repoussée au" }).waitFor();
    await participantPage.getByText(/^Clôture des contributions dans 1 jour et 1[12] heures\.$/).waitFor();
  });

  it("moves to voting when the countdown ends, then lets the manager say what becomes of an idea", async () => {
    const closesAt = Date.now() + 6000;
    const { challenge } = await callApi<{ challenge: { id: string } }>(
      managerPage,
      "POST",
      `/workspaces/${workspaceId}/challenges`,
      {
        title: "Des fontaines à boire",
        question: "Où installer des fontaines ?",
        benefit: "Les fontaines seront installées avant l'été.",
        projectManager: { name: manager.name },
        status: "published",
        timeline: {
          announcementAt: new Date(Date.now() - day).toISOString(),
          contributionsOpenAt: new Date(Date.now() - hour).toISOString(),
          contributionsCloseAt: new Date(closesAt).toISOString(),
          votingCloseAt: new Date(Date.now() + day).toISOString(),
          synthesisCloseAt: new Date(Date.now() + 2 * day).toISOString(),
        },
      },
    );
    const path = `/workspaces/${workspaceId}/challenges/${challenge.id}`;
    const { idea } = await callApi<{ idea: { id: string } }>(participantPage, "POST", `${path}/ideas`, {
      title: "Une fontaine au square",
      body: "Les enfants y jouent tout l'après-midi.",
    });
    await managerPage.goto(`${journey.server.url}${path}`);
    await managerPage.getByText("Contributions ouvertes", { exact: true }).waitFor();
    // The page reloads the phase from the server when the countdown reaches the deadline.
    await managerPage
      .getByText("Vote", { exact: true })
      .waitFor({ timeout: closesAt - Date.now() + timeout });
    await managerPage.getByText(/^Fin du vote dans (1 jour|23 heures et 59 minutes)\.$/).waitFor();

    await managerPage.getByRole("link", { name: "Une fontaine au square" }).first().click();
    const outcome = managerPage.getByRole("region", { name: "Ce que devient cette idée" });
    await outcome.getByLabel("Décision").selectOption("not-retained");
    await outcome.getByRole("button", { name: "Enregistrer la décision" }).click();
    const note = outcome.getByRole("textbox", { name: /^Explication/ });
    await expect.poll(() => note.getAttribute("aria-invalid"), { timeout }).toBe("true");
    await note.fill("Le square n'a pas d'arrivée d'eau ; nous étudions la place voisine.");
    await outcome.getByRole("button", { name: "Enregistrer la décision" }).click();
    await outcome.getByRole("status").filter({ hasText: "Décision enregistrée" }).waitFor();
    await expectAccessible(managerPage, "idea page with its outcome");

    await participantPage.goto(`${journey.server.url}/workspaces/${workspaceId}/ideas/${idea.id}`);
    await participantPage.locator(".idea-tags").getByText("Non retenue").waitFor();
    await participantPage.getByText("Le square n'a pas d'arrivée d'eau", { exact: false }).waitFor();
    expect(await participantPage.getByRole("region", { name: "Ce que devient cette idée" }).count()).toBe(0);
  });

  it("reads the challenge in English", async () => {
    await participantPage.goto(challengeUrl);
    await participantPage.getByRole("button", { name: "English" }).click();
    await participantPage.getByText(/^Contributions close in /).waitFor();
    await participantPage.getByRole("link", { name: ideaTitle }).waitFor();
    await participantPage.getByRole("link", { name: "Brief" }).click();
    await participantPage.getByRole("heading", { level: 3, name: "What you gain" }).waitFor();
    await participantPage.getByRole("link", { name: "Results" }).click();
    await participantPage.getByRole("region", { name: "Leaderboard" }).getByText(participant.name).waitFor();
    await expectAccessible(participantPage, "challenge results in English");
    await participantPage.getByRole("button", { name: "Français" }).click();
  });
});
