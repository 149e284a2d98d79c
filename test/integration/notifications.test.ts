import { sql } from "drizzle-orm";
import pino from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import { announcePhaseChanges } from "../../src/domain/notifications/announce-phase-changes.ts";
import { createChallenge, submitIdea, timelineIn } from "../support/challenge-fixture.ts";
import { freePort } from "../support/free-port.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServerWithSmtp, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

// One server, whose e-mails go through a real SMTP server: every notification e-mail of this file lands in `received`.
let smtp: SMTPServer;
let server: TestServer;
const received: Array<{ to: string[]; raw: string }> = [];

beforeAll(async () => {
  const port = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk) => {
        raw += String(chunk);
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, "127.0.0.1", resolve));
  server = await startTestServerWithSmtp(`smtp://127.0.0.1:${port}`);
});
afterAll(async () => {
  await server.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

type Kinds = { notifications: Array<{ kind: string; phase: string | null; idea: { id: string } | null }> };
type Preferences = {
  preferences: Array<{ kind: string; inApp: boolean; email: boolean }>;
  emailAvailable: boolean;
};

const day = 24 * 3_600_000;
const prefs = "/api/v1/notifications/preferences";
const ideaPath = (w: WorkspaceFixture, id: string) => `/api/v1/workspaces/${w.workspaceId}/ideas/${id}`;
const listPath = (w: WorkspaceFixture) => `/api/v1/workspaces/${w.workspaceId}/notifications`;

/** A mail's decoded body: quoted-printable soft breaks and "=3D" undone, as mail.test.ts does. */
function bodyOf(mail: { raw: string }): string {
  return mail.raw.replace(/=\r?\n/g, "").replaceAll("=3D", "=");
}

/** The notification e-mails to `email` (not the confirmation of its sign-up). */
function mailsTo(email: string): Array<{ to: string[]; raw: string }> {
  return received.filter((m) => m.to.includes(email) && !/^Subject: Cocrea ?: confirm/m.test(m.raw));
}

async function until<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function kindsOf(w: WorkspaceFixture, client: WorkspaceFixture["people"]["owner"]["client"]) {
  return (await client.get<Kinds>(listPath(w))).body.notifications.map((n) => n.kind);
}

async function setPhase(challengeId: string, phase: Parameters<typeof timelineIn>[0]): Promise<void> {
  const t = timelineIn(phase);
  await server.database.db.execute(sql`
    UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
      contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
      synthesis_close_at = ${t.synthesisCloseAt}
    WHERE id = ${challengeId}`);
}

describe("notification preferences", () => {
  it("has every kind on both channels by default, and refuses unknown or repeated kinds", async () => {
    const { client } = await server.signedUp("Defaults");
    const read = await client.get<Preferences>(prefs);
    expect(read.status).toBe(200);
    expect(read.body.emailAvailable).toBe(true);
    expect(read.body.preferences.map((p) => p.kind)).toEqual([
      "official-answer",
      "outcome-set",
      "debrief-published",
      "action-updated",
      "idea-selected",
      "phase-changed",
      "timeline-changed",
    ]);
    expect(read.body.preferences.every((p) => p.inApp && p.email)).toBe(true);

    const unknown = await client.request("PUT", prefs, {
      preferences: [{ kind: "gossip", inApp: false, email: false }],
    });
    expect(unknown.status).toBe(400);
    const twice = await client.request<{ code: string; field: string }>("PUT", prefs, {
      preferences: [
        { kind: "outcome-set", inApp: false, email: false },
        { kind: "outcome-set", inApp: true, email: true },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ code: "invalid-input", field: "preferences/1/kind" });
    // Nothing half-saved.
    expect((await client.get<Preferences>(prefs)).body.preferences.every((p) => p.inApp && p.email)).toBe(
      true,
    );
  });

  it("says an anonymous identity has no e-mail, and refuses visitors", async () => {
    const visitor = server.client();
    expect((await visitor.get(prefs)).status).toBe(401);
    await visitor.post("/api/v1/auth/anonymous", {});
    expect((await visitor.get<Preferences>(prefs)).body.emailAvailable).toBe(false);
  });

  it("sends each channel only where it is on, e-mail through SMTP with a working unsubscribe link", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, guest } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId, {
      title: "Des fontaines",
    });
    await guest.client.request("PUT", `${ideaPath(w, ideaId)}/follow`);
    // The author hears official answers by e-mail only; the guest in the app only.
    const saved = await participant.client.request<Preferences>("PUT", prefs, {
      preferences: [{ kind: "official-answer", inApp: false, email: true }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.preferences.find((p) => p.kind === "official-answer")).toEqual({
      kind: "official-answer",
      inApp: false,
      email: true,
    });
    await guest.client.request("PUT", prefs, {
      preferences: [{ kind: "official-answer", inApp: true, email: false }],
    });

    const answered = await manager.client.post(`${ideaPath(w, ideaId)}/comments`, {
      body: "Nous l'étudions.",
    });
    expect(answered.status).toBe(201);
    const mail = await until(() => mailsTo(participant.email)[0]);
    expect(mail.raw).toMatch(/^Subject: .*R=C3=A9ponse officielle|^Subject: =\?UTF-8\?/m);
    const body = bodyOf(mail);
    expect(body).toContain(`/workspaces/${w.workspaceId}/ideas/${ideaId}`);
    const token = decodeURIComponent(/\/unsubscribe\?token=([\w.%-]+)/.exec(body)?.[1] ?? "");
    expect(token).not.toBe("");
    expect(await kindsOf(w, participant.client)).toEqual([]);
    expect(await kindsOf(w, guest.client)).toEqual(["official-answer"]);
    await pause(500);
    expect(mailsTo(guest.email)).toEqual([]);

    // One click, no session: a visitor's client follows the link.
    const bad = await server
      .client()
      .post<{ code: string; field: string }>("/api/v1/notifications/unsubscribe", {
        token: `${token}x`,
      });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "unsubscribe-token-invalid", field: "token" });
    const done = await server.client().post("/api/v1/notifications/unsubscribe", { token });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ kind: "official-answer" });
    const after = await participant.client.get<Preferences>(prefs);
    expect(after.body.preferences.find((p) => p.kind === "official-answer")).toMatchObject({ email: false });

    await manager.client.post(`${ideaPath(w, ideaId)}/comments`, { body: "Et nous avançons." });
    await pause(700);
    expect(mailsTo(participant.email)).toHaveLength(1);
    expect(await kindsOf(w, participant.client)).toEqual([]);
  });

  it("writes nothing of a kind turned off on both channels; other kinds still arrive", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId);
    await participant.client.request("PUT", prefs, {
      preferences: [{ kind: "idea-selected", inApp: false, email: false }],
    });
    await setPhase(challengeId, "synthesis");
    const set = await manager.client.request("PUT", `${ideaPath(w, ideaId)}/outcome`, {
      outcome: "retained",
    });
    expect(set.status).toBe(200);
    await manager.client.request(
      "PUT",
      `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}/debrief`,
      {
        text: "Merci.",
        publish: true,
      },
    );
    expect(await kindsOf(w, participant.client)).toEqual(["debrief-published"]);
    const mail = await until(() => mailsTo(participant.email)[0]);
    expect(bodyOf(mail)).toContain(`/workspaces/${w.workspaceId}/challenges/${challengeId}`);
    await pause(500);
    expect(mailsTo(participant.email)).toHaveLength(1);
  });

  it("tells the author when their idea wins an award in a contest, in their language", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    await participant.client.patch("/api/v1/me", { locale: "en" });
    const challengeId = await createChallenge(manager.client, w.workspaceId, { contestPrize: "Un stage" });
    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId, {
      title: "Solar benches",
    });
    await setPhase(challengeId, "synthesis");
    const awarded = await manager.client.request("PUT", `${ideaPath(w, ideaId)}/award`, {
      award: "Premier prix",
    });
    expect(awarded.status).toBe(200);
    expect(await kindsOf(w, participant.client)).toEqual(["idea-selected"]);
    const mail = await until(() => mailsTo(participant.email)[0]);
    expect(mail.raw).toMatch(/^Subject: Your idea is selected: Solar benches/m);
  });
});

describe("phase announcements", () => {
  let second: Database;
  beforeAll(async () => {
    second = await openDatabase({
      databaseUrl: inject("databaseUrl"),
      dataDir: "",
      logger: pino({ level: "silent" }),
    });
  });
  afterAll(() => second.close());

  it("tells the people who took part once per phase started, even when two servers look at once", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, guest, moderator } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const start = Date.now();
    // First look: recorded, not announced (nobody took part yet, and a restart must not repeat a phase).
    await announcePhaseChanges({ db: server.database.db, now: new Date(start) });
    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId);
    await guest.client.request("PUT", `${ideaPath(w, ideaId)}/follow`);

    const votingOpen = new Date(start + 2 * day + 60_000);
    await Promise.all([
      announcePhaseChanges({ db: server.database.db, now: votingOpen }),
      announcePhaseChanges({ db: second.db, now: votingOpen }),
      announcePhaseChanges({ db: second.db, now: votingOpen }),
    ]);
    await announcePhaseChanges({ db: server.database.db, now: votingOpen });
    const list = await participant.client.get<Kinds>(listPath(w));
    expect(list.body.notifications).toEqual([
      expect.objectContaining({ kind: "phase-changed", phase: "voting" }),
    ]);
    expect(await kindsOf(w, guest.client)).toEqual(["phase-changed"]);
    expect(await kindsOf(w, moderator.client)).toEqual([]);
    expect(await kindsOf(w, manager.client)).toEqual([]);

    await announcePhaseChanges({ db: second.db, now: new Date(start + 3 * day + 60_000) });
    const phases = (await participant.client.get<Kinds>(listPath(w))).body.notifications.map((n) => n.phase);
    expect(phases).toEqual(["synthesis", "voting"]);
    // A deadline moved back (here, the clock seen going back) and forth again announces nothing twice.
    await announcePhaseChanges({ db: second.db, now: votingOpen });
    await announcePhaseChanges({ db: second.db, now: new Date(start + 3 * day + 120_000) });
    expect((await participant.client.get<Kinds>(listPath(w))).body.notifications).toHaveLength(2);
    // The announcer also moved every other published challenge of the shared database: their e-mails queue too.
    const mail = await until(
      () => (mailsTo(participant.email).length === 2 ? mailsTo(participant.email) : undefined),
      30_000,
    );
    expect(mail.map((m) => bodyOf(m)).join("\n")).toContain(
      `/workspaces/${w.workspaceId}/challenges/${challengeId}`,
    );
  });
});

describe("live notifications", () => {
  it("reaches the recipient's open pages, even those following no workspace, and nobody else", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId);
    const participantLive = await openLiveSocket(participant.client);
    const moderatorLive = await openLiveSocket(moderator.client);
    const unsubscribed = await openLiveSocket(participant.client);
    for (const live of [participantLive, moderatorLive]) {
      live.send({ type: "subscribe", workspaceId: w.workspaceId });
      await live.waitFor((m) => m.type === "subscribed");
    }
    const before = (await participant.client.get<{ unread: number }>("/api/v1/notifications/unread-count"))
      .body;
    expect(before).toEqual({ unread: 0 });

    await manager.client.post(`${ideaPath(w, ideaId)}/comments`, { body: "Réponse officielle." });
    const isNotification = (m: { type: string; event?: { type: string } }) =>
      m.type === "event" && m.event?.type === "notification.created";
    for (const live of [participantLive, unsubscribed]) {
      expect(await live.waitFor(isNotification)).toMatchObject({
        event: {
          workspaceId: w.workspaceId,
          recipientId: participant.userId,
          data: { kind: "official-answer" },
        },
      });
    }
    await moderatorLive.waitFor((m) => m.type === "event" && m.event.type === "comment.posted");
    await pause(300);
    expect(moderatorLive.messages.filter(isNotification)).toEqual([]);
    expect(participantLive.messages.filter(isNotification)).toHaveLength(1);
    expect((await participant.client.get("/api/v1/notifications/unread-count")).body).toEqual({ unread: 1 });
    for (const live of [participantLive, moderatorLive, unsubscribed]) live.close();
  });
});
