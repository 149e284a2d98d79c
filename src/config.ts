// The only reader of process.env: one validated configuration, documented in README's table.
import { resolve } from "node:path";
import {
  defaultWriteLimits,
  type WriteKind,
  type WriteLimit,
  writeKinds,
} from "./domain/write-limits/write-limits.ts";
import { AppError } from "./errors.ts";

/** One configuration setting: its environment variable, CLI flag, default and meaning. */
interface Setting {
  env: string;
  flag?: string;
  default?: string;
  description: string;
}

/** Every setting Cocrea reads; README.md's configuration table is generated from this list (configTable). */
export const settings = {
  port: { env: "PORT", flag: "--port", default: "3000", description: "HTTP port to listen on" },
  host: {
    env: "HOST",
    flag: "--host",
    default: "localhost",
    description: "Interface to listen on (localhost: IPv4 and IPv6 loopback; 0.0.0.0: all)",
  },
  databaseUrl: {
    env: "DATABASE_URL",
    description: "PostgreSQL 15+ connection string; when unset, an embedded PostgreSQL is started",
  },
  dataDir: {
    env: "COCREA_DATA",
    flag: "--data",
    default: "./.cocrea",
    description: "Folder of the embedded PostgreSQL's data and of the instance's secrets",
  },
  publicUrl: {
    env: "PUBLIC_URL",
    description: "Address users reach Cocrea at, used in links (default http://localhost:PORT)",
  },
  smtpUrl: {
    env: "SMTP_URL",
    description:
      "SMTP server for e-mail (smtp://user:pass@host:587); when unset, e-mails are written to the log",
  },
  mailFrom: { env: "MAIL_FROM", default: "Cocrea <no-reply@localhost>", description: "Sender of e-mails" },
  logLevel: {
    env: "LOG_LEVEL",
    default: "info",
    description: "pino log level: fatal, error, warn, info, debug",
  },
  authRateLimit: {
    env: "AUTH_RATE_LIMIT",
    default: "20",
    description: "Sign-in, sign-up and password-reset attempts allowed per minute and address",
  },
  writeLimits: {
    env: "WRITE_LIMITS",
    default: Object.entries(defaultWriteLimits)
      .map(([kind, limit]) => `${kind}=${limit.burst}/${limit.perHour}`)
      .join(","),
    description:
      "Writes allowed per person and kind, kind=burst/perHour (the burst at once, then so many an hour), shared by every process; a kind given replaces its default, the others keep theirs",
  },
  trustProxy: {
    env: "TRUST_PROXY",
    default: "false",
    description:
      "Behind a load balancer or reverse proxy: true, or its addresses (comma-separated, CIDR allowed), so rate limits see each client's address",
  },
  roles: {
    env: "COCREA_ROLES",
    flag: "--roles",
    default: "web,worker",
    description:
      "What this process does: web (HTTP, live channel; queues jobs), worker (runs jobs and periodic tasks, no HTTP listener), or both",
  },
  demo: {
    env: "COCREA_DEMO",
    flag: "--demo / --no-demo",
    default: "true with the embedded database",
    description: "Create the demo workspace (demo@cocrea.local / cocrea-demo) when the database is empty",
  },
  feedsAllowLoopback: {
    env: "FEEDS_ALLOW_LOOPBACK",
    default: "false",
    description:
      "Let listening feed sources be fetched from loopback addresses (this machine); private, link-local and other non-public addresses stay refused",
  },
} satisfies Record<string, Setting>;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  authRateLimit: number;
  /** Per-person write limits of each kind of write (`domain/write-limits/`). */
  writeLimits: Readonly<Record<WriteKind, WriteLimit>>;
  /** Fastify's trustProxy: false, true, or the proxies' addresses. */
  trustProxy: boolean | string[];
  /** The roles of this process: at least one of web and worker. */
  roles: readonly Role[];
  demo: boolean;
  /** Feed sources may be fetched from loopback addresses (tests, a feed served on the same machine). */
  feedsAllowLoopback: boolean;
}

/** web: serves HTTP and the live channel, queues jobs; worker: runs jobs and periodic tasks. */
export type Role = "web" | "worker";

/** Flags given on the command line; they win over the environment. */
export interface ConfigFlags {
  port?: string;
  host?: string;
  data?: string;
  roles?: string;
  demo?: boolean;
}

/** Reads and validates the configuration; throws AppError naming the bad setting. */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(flags.port ?? env.PORT ?? settings.port.default, "PORT", 0, 65535);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new AppError("invalid-input", "DATABASE_URL must start with postgres:// or postgresql://", {
      field: "DATABASE_URL",
    });
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  if (!/^https?:\/\//.test(publicUrl)) {
    throw new AppError("invalid-input", "PUBLIC_URL must start with http:// or https://", {
      field: "PUBLIC_URL",
    });
  }
  const demoEnv = env.COCREA_DEMO === undefined ? undefined : !/^(0|false|no)$/i.test(env.COCREA_DEMO);
  return {
    port,
    host: flags.host ?? env.HOST ?? settings.host.default,
    databaseUrl,
    dataDir: resolve(flags.data ?? env.COCREA_DATA ?? settings.dataDir.default),
    publicUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || settings.mailFrom.default,
    logLevel: env.LOG_LEVEL || settings.logLevel.default,
    authRateLimit: integer(
      env.AUTH_RATE_LIMIT ?? settings.authRateLimit.default,
      "AUTH_RATE_LIMIT",
      1,
      1_000_000,
    ),
    writeLimits: parseWriteLimits(env.WRITE_LIMITS ?? ""),
    trustProxy: parseTrustProxy(env.TRUST_PROXY ?? settings.trustProxy.default),
    roles: parseRoles(flags.roles ?? env.COCREA_ROLES ?? settings.roles.default),
    demo: flags.demo ?? demoEnv ?? databaseUrl === undefined,
    feedsAllowLoopback: boolean(
      env.FEEDS_ALLOW_LOOPBACK ?? settings.feedsAllowLoopback.default,
      "FEEDS_ALLOW_LOOPBACK",
    ),
  };
}

function parseRoles(value: string): Role[] {
  const roles = value
    .split(",")
    .map((role) => role.trim().toLowerCase())
    .filter((role) => role !== "");
  const unknown = roles.find((role) => role !== "web" && role !== "worker");
  if (unknown !== undefined || roles.length === 0) {
    throw new AppError(
      "invalid-input",
      `COCREA_ROLES (--roles) must list web, worker or both, separated by commas; got "${value}".`,
      { field: "COCREA_ROLES" },
    );
  }
  return [...new Set(roles)] as Role[];
}

/** "comment=60/600,idea=40/240": each kind given replaces its default; unknown kinds and bad numbers are refused. */
function parseWriteLimits(value: string): Record<WriteKind, WriteLimit> {
  const limits: Record<WriteKind, WriteLimit> = { ...defaultWriteLimits };
  for (const part of value.split(",").map((item) => item.trim())) {
    if (part === "") continue;
    const match = /^([a-z-]+)=(\d+)\/(\d+)$/.exec(part);
    const kind = match?.[1] as WriteKind | undefined;
    const burst = Number(match?.[2]);
    const perHour = Number(match?.[3]);
    if (!kind || !writeKinds.includes(kind) || !(burst >= 1) || !(perHour >= 1)) {
      throw new AppError(
        "invalid-input",
        `WRITE_LIMITS must list kind=burst/perHour with kinds among ${writeKinds.join(", ")} and numbers of at least 1, got "${part}"`,
        { field: "WRITE_LIMITS" },
      );
    }
    limits[kind] = { burst, perHour };
  }
  return limits;
}

function parseTrustProxy(value: string): boolean | string[] {
  const text = value.trim().toLowerCase();
  if (text === "" || text === "false") return false;
  if (text === "true") return true;
  const addresses = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (addresses.some((address) => !/^[0-9a-f.:/]+$/.test(address))) {
    throw new AppError("invalid-input", `TRUST_PROXY must be true, false or IP addresses, got "${value}"`, {
      field: "TRUST_PROXY",
    });
  }
  return addresses;
}

function boolean(value: string, name: string): boolean {
  const text = value.trim().toLowerCase();
  if (/^(1|true|yes)$/.test(text)) return true;
  if (/^(0|false|no|)$/.test(text)) return false;
  throw new AppError("invalid-input", `${name} must be true or false, got "${value}"`, { field: name });
}

function integer(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError(
      "invalid-input",
      `${name} must be a whole number from ${min} to ${max}, got "${value}"`,
      {
        field: name,
      },
    );
  }
  return n;
}

/** The configuration table of README.md, generated from `settings` (a unit test keeps the README in step). */
export function configTable(): string {
  const rows = Object.values(settings).map((setting: Setting) => {
    const flag = setting.flag ? `\`${setting.flag}\`` : "";
    const fallback = setting.default ? `\`${setting.default}\`` : "";
    return `| \`${setting.env}\` | ${flag} | ${fallback} | ${setting.description} |`;
  });
  return ["| Variable | Flag | Default | Meaning |", "|---|---|---|---|", ...rows].join("\n");
}
