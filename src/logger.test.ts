import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { boxed, createLogger, humanLine } from "./logger.ts";

function capture(human = false) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  return { logger: createLogger("info", { human, destination: out }), text: () => chunks.join("") };
}

/** The error drizzle throws for a failed statement: its message holds the statement's parameters. */
function failedQuery(): Error {
  const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
    code: "22021",
    detail: "Key (email)=(ada@example.org) already exists.",
  });
  return new Error(
    'Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: ada@example.org,$argon2id$v=19$m=19456',
    { cause },
  );
}

describe("createLogger", () => {
  it("writes no field outside the allow-list: e-mails, passwords, hashes and tokens are redacted", () => {
    const { logger, text } = capture();
    logger.info(
      {
        email: "ada@example.org",
        password: "hunter22",
        passwordHash: "$argon2id$x",
        token: "t0k",
        status: 200,
      },
      "signed up",
    );
    const line = JSON.parse(text()) as Record<string, unknown>;
    expect(line).toMatchObject({ email: "[redacted]", password: "[redacted]", passwordHash: "[redacted]" });
    expect(line.token).toBe("[redacted]");
    expect(line.status).toBe(200);
    expect(text()).not.toContain("ada@example.org");
  });

  it("logs a database error without its parameters or PostgreSQL's detail", () => {
    const { logger, text } = capture();
    logger.error({ err: failedQuery() }, "unexpected error");
    expect(text()).not.toContain("ada@example.org");
    expect(text()).not.toContain("argon2id");
    expect(text()).toContain("params: [withheld]");
    expect(text()).toContain("invalid byte sequence");
    expect(text()).toContain("22021");
  });

  it("drops the query string of every URL", () => {
    const { logger, text } = capture();
    logger.info({
      url: "/api/v1/auth/reset?token=secret&email=ada@example.org",
      req: { method: "GET", url: "/a?b=c" },
    });
    expect(text()).not.toContain("secret");
    expect(text()).not.toContain("b=c");
    expect(text()).toContain("/api/v1/auth/reset");
  });

  it("writes readable lines when asked (a terminal), not JSON", () => {
    const { logger, text } = capture(true);
    logger.warn({ port: 5432 }, "database restarting");
    expect(text()).toMatch(/^\d\d:\d\d:\d\d WARN {2}database restarting port=5432\n$/);
  });
});

describe("humanLine", () => {
  it("indents an error's stack under its line", () => {
    const line = humanLine(
      JSON.stringify({ level: 50, time: 0, msg: "boom", err: { stack: "Error: x\n    at y" } }),
    );
    expect(line).toBe("00:00:00 ERROR boom\n    Error: x\n        at y\n");
  });
});

describe("boxed", () => {
  it("frames lines in a plain box", () => {
    expect(boxed(["ab", "abcd"])).toBe("+------+\n| ab   |\n| abcd |\n+------+");
  });
});
