import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { startTestServerWithSmtp, type TestServer } from "../support/test-server.ts";

let smtp: SMTPServer;
let port: number;
const received: Array<{ to: string[]; raw: string }> = [];

beforeAll(async () => {
  port = await freePort();
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
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe("e-mail through SMTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServerWithSmtp(`smtp://127.0.0.1:${port}`);
  });
  afterAll(() => server.stop());

  it("sends the password reset link to the account's address when SMTP_URL is set", async () => {
    const { email } = await server.signedUp("Mailed");
    const response = await server.client().post("/api/v1/auth/password-reset", { email });
    expect(response.status).toBe(202);
    const mail = received.findLast((m) => m.to.includes(email));
    expect(mail).toBeDefined();
    expect(mail?.raw).toMatch(/^Subject: /m);
    // Quoted-printable bodies fold long lines with "=" and write "=" itself as "=3D".
    const body = (mail?.raw ?? "").replace(/=\r?\n/g, "").replaceAll("=3D", "=");
    expect(body).toMatch(/\/reset-password\?token=[\w-]{20,}/);
  });
});
