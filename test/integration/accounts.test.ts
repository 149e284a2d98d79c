import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type UserBody = { user: { id: string; email: string | null; name: string; anonymous: boolean } };

describe("accounts", () => {
  it("signs up through the e-mailed link, signs out and signs in again with the same password", async () => {
    const client = server.client();
    const email = uniqueEmail();
    const asked = await client.post("/api/v1/auth/sign-up", { email, password: testPassword, name: "Ada" });
    expect(asked.status).toBe(202);
    // No account and no session until the mailbox answers.
    expect(asked.headers.getSetCookie().some((line) => line.startsWith("cocrea_session="))).toBe(false);
    const early = await server.client().post("/api/v1/auth/sign-in", { email, password: testPassword });
    expect(early.body).toMatchObject({ code: "invalid-credentials" });

    const mail = server.mails.findLast((m) => m.to === email);
    expect(mail?.subject).toBe("Cocrea : confirmez votre adresse");
    const token = /confirm-sign-up\?token=([\w-]+)/.exec(mail?.text ?? "")?.[1];
    const confirmed = await client.post<UserBody & { next: string | null }>("/api/v1/auth/sign-up/confirm", {
      token,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ user: { email, name: "Ada", anonymous: false }, next: null });
    const cookie = confirmed.headers.getSetCookie().find((line) => line.startsWith("cocrea_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get<UserBody>("/api/v1/session")).body.user?.email).toBe(email);
    const again = await server.client().post("/api/v1/auth/sign-up/confirm", { token });
    expect(again.body).toMatchObject({ code: "sign-up-token-invalid", field: "token", status: 400 });

    expect((await client.post("/api/v1/auth/sign-out")).status).toBe(204);
    expect((await client.get<{ user: null }>("/api/v1/session")).body.user).toBeNull();

    const signIn = await client.post<UserBody>("/api/v1/auth/sign-in", {
      email: email.toUpperCase(),
      password: testPassword,
    });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.email).toBe(email);
  });

  it("answers a taken address exactly as a new one, and e-mails each what concerns it", async () => {
    const { email: taken } = await server.signedUp("First");
    const fresh = uniqueEmail();
    const before = server.mails.length;
    const answer = async (email: string) => {
      const response = await server.client().request("POST", "/api/v1/auth/sign-up", {
        email,
        password: "another password",
        name: "Second",
      });
      // What varies with the moment or the caller's count of attempts, never with the address.
      const varying = new Set(["date", "x-ratelimit-remaining", "x-ratelimit-reset"]);
      const headers = [...response.headers].filter(([name]) => !varying.has(name));
      return { status: response.status, headers, body: JSON.stringify(response.body) };
    };
    const forTaken = await answer(taken);
    const forFree = await answer(fresh);
    expect(forTaken.status).toBe(202);
    expect(forTaken).toEqual(forFree);

    const sent = server.mails.slice(before);
    expect(sent.map((m) => m.to).sort()).toEqual([taken, fresh].sort());
    const toTaken = sent.find((m) => m.to === taken);
    expect(toTaken?.subject).toBe("Cocrea : votre adresse a déjà un compte");
    expect(toTaken?.text).toContain("/forgot-password");
    expect(toTaken?.text).not.toContain("confirm-sign-up");
    expect(sent.find((m) => m.to !== taken)?.text).toMatch(/\/confirm-sign-up\?token=[\w-]{20,}/);
    // The first account is untouched.
    const signIn = await server
      .client()
      .post<UserBody>("/api/v1/auth/sign-in", { email: taken, password: testPassword });
    expect(signIn.body.user.name).toBe("First");
  });

  it("refuses to open a second account for an address taken after the link was sent", async () => {
    const email = uniqueEmail();
    const first = server.client();
    const second = server.client();
    await first.post("/api/v1/auth/sign-up", { email, password: testPassword, name: "One" });
    await second.post("/api/v1/auth/sign-up", { email, password: testPassword, name: "Two" });
    const [one, two] = server.mails
      .filter((m) => m.to === email)
      .map((m) => /confirm-sign-up\?token=([\w-]+)/.exec(m.text)?.[1]);
    expect((await first.post("/api/v1/auth/sign-up/confirm", { token: one })).status).toBe(200);
    const late = await second.post("/api/v1/auth/sign-up/confirm", { token: two });
    expect(late.body).toMatchObject({ code: "email-taken", status: 409 });
  });

  it("answers the same error for a wrong password and an unknown e-mail", async () => {
    const { email } = await server.signedUp();
    const wrong = await server.client().post("/api/v1/auth/sign-in", { email, password: "not the password" });
    const unknown = await server
      .client()
      .post("/api/v1/auth/sign-in", { email: uniqueEmail(), password: testPassword });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ code: "invalid-credentials" });
  });

  it("refuses a short password on the password field", async () => {
    const response = await server
      .client()
      .post("/api/v1/auth/sign-up", { email: uniqueEmail(), password: "short", name: "X" });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "weak-password", field: "password" });
  });

  it("resets a forgotten password with a one-time link that closes other sessions", async () => {
    const { client: oldSession, email } = await server.signedUp("Forgetful");
    const requester = server.client();
    expect((await requester.post("/api/v1/auth/password-reset", { email })).status).toBe(202);
    const mail = server.mails.findLast((m) => m.to === email);
    const token = /reset-password\?token=([\w-]+)/.exec(mail?.text ?? "")?.[1];
    expect(token).toBeDefined();

    const reset = await requester.post<UserBody>("/api/v1/auth/password-reset/confirm", {
      token,
      password: "a brand new password",
    });
    expect(reset.status).toBe(200);
    expect(reset.body.user.email).toBe(email);
    expect((await oldSession.get<{ user: null }>("/api/v1/session")).body.user).toBeNull();

    const again = await requester.post("/api/v1/auth/password-reset/confirm", {
      token,
      password: "yet another password",
    });
    expect(again.body).toMatchObject({ code: "reset-token-invalid", field: "token" });
    const signIn = await server
      .client()
      .post("/api/v1/auth/sign-in", { email, password: "a brand new password" });
    expect(signIn.status).toBe(200);
  });

  it("answers 202 for an unknown e-mail without sending anything", async () => {
    const before = server.mails.length;
    const response = await server.client().post("/api/v1/auth/password-reset", { email: uniqueEmail() });
    expect(response.status).toBe(202);
    expect(server.mails.length).toBe(before);
  });

  it("lets an anonymous identity sign up and keep its workspace membership", async () => {
    const { client: owner } = await server.signedUp("Owner");
    const created = await owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", {
      name: "Open city",
      allowAnonymous: true,
    });
    const workspaceId = created.body.workspace.id;
    const link = await owner.post<{ token: string }>(`/api/v1/workspaces/${workspaceId}/invitations`, {
      role: "participant",
    });

    const visitor = server.client();
    const anonymous = await visitor.post<UserBody>("/api/v1/auth/anonymous", {});
    expect(anonymous.status).toBe(201);
    expect(anonymous.body.user.anonymous).toBe(true);
    expect((await visitor.post(`/api/v1/invitations/${link.body.token}/accept`)).status).toBe(200);

    const email = uniqueEmail();
    const asked = await visitor.post("/api/v1/auth/sign-up", {
      email,
      password: testPassword,
      name: "Now known",
      next: `/join/${link.body.token}`,
    });
    expect(asked.status).toBe(202);
    // The link may be opened in another browser: it still claims the identity the sign-up came from.
    const mail = server.mails.findLast((m) => m.to === email);
    const token = /confirm-sign-up\?token=([\w-]+)/.exec(mail?.text ?? "")?.[1];
    const claimed = await server
      .client()
      .post<UserBody & { next: string }>("/api/v1/auth/sign-up/confirm", { token });
    expect(claimed.status).toBe(200);
    expect(claimed.body.user).toMatchObject({ id: anonymous.body.user.id, anonymous: false, email });
    expect(claimed.body.next).toBe(`/join/${link.body.token}`);
    const members = await owner.get<{ members: Array<{ userId: string; anonymous: boolean; name: string }> }>(
      `/api/v1/workspaces/${workspaceId}/members`,
    );
    expect(members.body.members.find((m) => m.userId === anonymous.body.user.id)).toMatchObject({
      anonymous: false,
      name: "Now known",
    });
  });

  it("changes the name and language of the profile", async () => {
    const { client } = await server.signedUp();
    const response = await client.patch<{ user: { name: string; locale: string } }>("/api/v1/me", {
      locale: "en",
      name: "Renamed",
    });
    expect(response.body.user).toMatchObject({ locale: "en", name: "Renamed" });
  });
});

describe("bad input", () => {
  it("refuses malformed JSON", async () => {
    const response = await server.client().request("POST", "/api/v1/auth/sign-in", "{ not json");
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "malformed-json" });
  });

  it("refuses unknown fields, naming them", async () => {
    const response = await server
      .client()
      .post("/api/v1/auth/sign-in", { email: uniqueEmail(), password: "x", admin: true });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "admin" });
  });

  it("refuses wrong types and missing fields, naming each", async () => {
    const response = await server
      .client()
      .post<{ errors: Array<{ field: string }> }>("/api/v1/auth/sign-up", {
        email: 42,
        password: testPassword,
      });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((e) => e.field);
    expect(fields).toContain("email");
    expect(fields).toContain("name");
  });

  it("refuses an e-mail that is not one", async () => {
    const response = await server
      .client()
      .post("/api/v1/auth/sign-up", { email: "nope", password: testPassword, name: "X" });
    expect(response.body).toMatchObject({ code: "invalid-input", field: "email" });
  });

  it("refuses bodies over 1 MiB", async () => {
    const response = await server
      .client()
      .post("/api/v1/auth/sign-in", { email: "a@b.fr", password: "x".repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: "body-too-large" });
  });

  it("refuses a state-changing request without the CSRF token", async () => {
    const response = await server
      .client()
      .request(
        "POST",
        "/api/v1/auth/sign-in",
        { email: "a@b.fr", password: "x" },
        { "x-csrf-token": "forged" },
      );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: "csrf-token-invalid" });
  });

  it("answers unknown API paths with a problem", async () => {
    const response = await server.client().get("/api/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: "not-found" });
  });

  it("sends security headers", async () => {
    const response = await server.client().get("/api/v1/session");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("rate limits", () => {
  it("counts each client behind a trusted proxy apart", async () => {
    const behindProxy = await startTestServer({ AUTH_RATE_LIMIT: "2", TRUST_PROXY: "127.0.0.1" });
    try {
      const signIn = (client: ApiClient, address: string) =>
        client.request(
          "POST",
          "/api/v1/auth/sign-in",
          { email: uniqueEmail(), password: "wrong password" },
          { "x-forwarded-for": address },
        );
      const first = new ApiClient(behindProxy.url);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await signIn(first, "203.0.113.1")).status);
      expect(statuses).toEqual([401, 401, 429]);
      expect((await signIn(new ApiClient(behindProxy.url), "203.0.113.2")).status).toBe(401);
    } finally {
      await behindProxy.stop();
    }
  });

  it("slows down repeated sign-in attempts from one address", async () => {
    const limited = await startTestServer({ AUTH_RATE_LIMIT: "3" });
    try {
      const client = new ApiClient(limited.url);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await client.post("/api/v1/auth/sign-in", { email: uniqueEmail(), password: "wrong password" }))
            .status,
        );
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses[3]).toBe(429);
      const last = await client.post("/api/v1/auth/sign-in", { email: uniqueEmail(), password: "x" });
      expect(last.body).toMatchObject({ code: "too-many-requests" });
    } finally {
      await limited.stop();
    }
  });
});
