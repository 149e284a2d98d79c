import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, testPassword } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;
// The address users reach this instance at (behind a proxy); the tests also reach it directly at 127.0.0.1.
const publicUrl = "http://cocrea.test:8080";
beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: publicUrl });
});
afterAll(() => server.stop());

type UserBody = { user: { name: string } };

async function nameOf(client: ApiClient): Promise<string | undefined> {
  return (await client.get<{ user: { name: string } | null }>("/api/v1/session")).body.user?.name;
}

describe("the CSRF token", () => {
  it("refuses a token of another session, even with that session's secret cookie planted", async () => {
    const alice = await server.signedUp("Alice");
    const mallory = await server.signedUp("Mallory");
    const token = await mallory.client.csrf();
    // Cookie tossing: Mallory's CSRF secret planted in Alice's browser, and Mallory's token sent with Alice's session.
    const forged = await new ApiClient(server.url).request(
      "PATCH",
      "/api/v1/me",
      { name: "Pwned" },
      {
        cookie: `cocrea_session=${alice.client.cookie("cocrea_session")}; cocrea_csrf=${mallory.client.cookie("cocrea_csrf")}`,
        "x-csrf-token": token,
      },
    );
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ code: "csrf-token-invalid" });
    expect(await nameOf(alice.client)).toBe("Alice");
    // The token works in its own session.
    expect((await mallory.client.patch<UserBody>("/api/v1/me", { name: "Mal" })).body.user.name).toBe("Mal");
  });

  it("refuses the token of before signing in once signed in, and gives a new one", async () => {
    const { email } = await server.signedUp("Bea");
    const client = server.client();
    const before = await client.csrf();
    expect((await client.post("/api/v1/auth/sign-in", { email, password: testPassword })).status).toBe(200);
    const stale = await client.request("PATCH", "/api/v1/me", { name: "Stale" }, { "x-csrf-token": before });
    expect(stale.status).toBe(403);
    expect(stale.body).toMatchObject({ code: "csrf-token-invalid" });
    const fresh = await client.csrf();
    expect(fresh).not.toBe(before);
    expect((await client.patch<UserBody>("/api/v1/me", { name: "Béa" })).body.user.name).toBe("Béa");
  });
});

describe("the origin of state-changing requests", () => {
  it("refuses a POST from another site's page with 403 and changes nothing", async () => {
    const { client } = await server.signedUp("Chloé");
    for (const origin of [
      "https://evil.example",
      "null",
      "http://cocrea.test:8081",
      "https://cocrea.test:8080",
    ]) {
      const response = await client.request("PATCH", "/api/v1/me", { name: "Evil" }, { origin });
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: "cross-origin-refused", field: "origin" });
    }
    const viaReferer = await client.request(
      "POST",
      "/api/v1/auth/sign-out",
      {},
      { referer: "https://evil.example/trap.html" },
    );
    expect(viaReferer.status).toBe(403);
    expect(viaReferer.body).toMatchObject({ code: "cross-origin-refused", field: "referer" });
    expect(await nameOf(client)).toBe("Chloé");
  });

  it("accepts this site's pages by the public address or the address reached, and clients sending neither", async () => {
    const { client } = await server.signedUp("Dina");
    const reached = new URL(server.url).origin;
    const cases: Array<[string, Record<string, string>]> = [
      ["Dina 1", { origin: publicUrl }],
      ["Dina 2", { origin: reached }],
      ["Dina 3", { referer: `${publicUrl}/workspaces/x?tab=1` }],
      ["Dina 4", {}],
    ];
    for (const [name, headers] of cases) {
      const response = await client.request<UserBody>("PATCH", "/api/v1/me", { name }, headers);
      expect(response.status).toBe(200);
      expect(response.body.user.name).toBe(name);
    }
  });

  it("lets another site's page read what anyone may read", async () => {
    const response = await server.client().request("GET", "/api/v1/session", undefined, {
      origin: "https://evil.example",
    });
    expect(response.status).toBe(200);
  });
});
