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
  it("signs up, signs out and signs in again with the same password", async () => {
    const client = server.client();
    const email = uniqueEmail();
    const signUp = await client.post<UserBody>("/api/v1/auth/sign-up", {
      email,
      password: testPassword,
      name: "Ada",
    });
    expect(signUp.status).toBe(201);
    expect(signUp.body.user).toMatchObject({ email, name: "Ada", anonymous: false });
    expect((await client.get<UserBody>("/api/v1/session")).body.user?.email).toBe(email);

    expect((await client.post("/api/v1/auth/sign-out")).status).toBe(204);
    expect((await client.get<{ user: null }>("/api/v1/session")).body.user).toBeNull();

    const signIn = await client.post<UserBody>("/api/v1/auth/sign-in", {
      email: email.toUpperCase(),
      password: testPassword,
    });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.email).toBe(email);
  });

  it("sets the session cookie httpOnly and SameSite, never readable by scripts", async () => {
    const client = server.client();
    const response = await client.request("POST", "/api/v1/auth/sign-up", {
      email: uniqueEmail(),
      password: testPassword,
      name: "Cookie",
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("cocrea_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("refuses a duplicate e-mail on the email field and keeps the first account", async () => {
    const email = uniqueEmail();
    await server.client().post("/api/v1/auth/sign-up", { email, password: testPassword, name: "First" });
    const second = await server
      .client()
      .post("/api/v1/auth/sign-up", { email, password: "another password", name: "Second" });
    expect(second.status).toBe(409);
    expect(second.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(second.body).toMatchObject({ code: "email-taken", field: "email", status: 409 });
    const signIn = await server
      .client()
      .post<UserBody>("/api/v1/auth/sign-in", { email, password: testPassword });
    expect(signIn.body.user.name).toBe("First");
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
    const mail = server.mails.find((m) => m.to === email);
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
    const claimed = await visitor.post<UserBody>("/api/v1/auth/sign-up", {
      email,
      password: testPassword,
      name: "Now known",
    });
    expect(claimed.status).toBe(201);
    expect(claimed.body.user).toMatchObject({ id: anonymous.body.user.id, anonymous: false, email });
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
