import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configTable, loadConfig } from "./config.ts";
import { defaultWriteLimits } from "./domain/write-limits/write-limits.ts";
import { AppError } from "./errors.ts";

describe("loadConfig", () => {
  it("uses the embedded database and the demo by default", () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({ port: 3000, host: "localhost", databaseUrl: undefined, demo: true });
    expect(config.publicUrl).toBe("http://localhost:3000");
  });

  it("lets flags win over the environment", () => {
    expect(loadConfig({ port: "4000" }, { PORT: "5000" }).port).toBe(4000);
  });

  it("turns the demo off by default with an external database", () => {
    expect(loadConfig({}, { DATABASE_URL: "postgres://localhost/x" }).demo).toBe(false);
  });

  it("names the bad setting", () => {
    expect(() => loadConfig({}, { PORT: "eighty" })).toThrow(AppError);
    try {
      loadConfig({}, { PORT: "eighty" });
    } catch (error) {
      expect((error as AppError).field).toBe("PORT");
      expect((error as AppError).message).toContain('got "eighty"');
    }
  });
});

describe("COCREA_ROLES", () => {
  it("runs both roles by default, and reads one or both from the flag or the environment", () => {
    expect(loadConfig({}, {}).roles).toEqual(["web", "worker"]);
    expect(loadConfig({ roles: "worker" }, { COCREA_ROLES: "web" }).roles).toEqual(["worker"]);
    expect(loadConfig({}, { COCREA_ROLES: " Web , web" }).roles).toEqual(["web"]);
  });

  it("refuses an unknown or empty role, naming the setting", () => {
    for (const roles of ["web,cron", ","]) {
      try {
        loadConfig({ roles }, {});
        expect.unreachable();
      } catch (error) {
        expect((error as AppError).field).toBe("COCREA_ROLES");
      }
    }
  });
});

describe("README", () => {
  it("shows the configuration table generated from the settings", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(configTable());
  });
});

describe("TRUST_PROXY", () => {
  it("trusts no proxy by default, and reads true or addresses", () => {
    expect(loadConfig({}, {}).trustProxy).toBe(false);
    expect(loadConfig({}, { TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({}, { TRUST_PROXY: "10.0.0.1, 10.0.0.2" }).trustProxy).toEqual([
      "10.0.0.1",
      "10.0.0.2",
    ]);
  });

  it("refuses anything else, naming the setting", () => {
    expect(() => loadConfig({}, { TRUST_PROXY: "the balancer" })).toThrow(/TRUST_PROXY/);
  });
});

describe("WRITE_LIMITS", () => {
  it("keeps the defaults, and replaces only the kinds given", () => {
    expect(loadConfig({}, {}).writeLimits).toEqual(defaultWriteLimits);
    const limits = loadConfig({}, { WRITE_LIMITS: "comment=60/600, idea=5/10" }).writeLimits;
    expect(limits.comment).toEqual({ burst: 60, perHour: 600 });
    expect(limits.idea).toEqual({ burst: 5, perHour: 10 });
    expect(limits.flag).toEqual(defaultWriteLimits.flag);
  });

  it("refuses an unknown kind, a missing rate or a zero, naming the setting and the part", () => {
    for (const value of ["likes=1/1", "idea=20", "idea=0/10", "idea=5/0"]) {
      expect(() => loadConfig({}, { WRITE_LIMITS: value })).toThrow(`got "${value}"`);
    }
  });
});
