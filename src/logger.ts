// The logger every part shares: readable lines on a terminal, JSON lines otherwise; fields kept by allow-list.
import { Writable } from "node:stream";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * The fields a log line may carry. Anything else a caller passes (a body, an e-mail, a password, a hash, a token)
 * is replaced by "[redacted]": new fields are shown only once someone decides they are safe to write.
 */
const allowedFields = new Set([
  "err",
  "req",
  "res",
  "reqId",
  "method",
  "url",
  "status",
  "ms",
  "user",
  "signal",
  "roles",
  "code",
  "port",
  "databaseDir",
  "dataDir",
  "pid",
  "postmasterPid",
  "attempt",
  "delayMs",
  "key",
  "notificationId",
  "requests",
  "target",
  "postgres",
  "workspaceId",
  "challengeId",
  "count",
  "subject",
  "reason",
  "channel",
]);

const redacted = "[redacted]";

/** A URL without its query string: query parameters may hold tokens, e-mails or search terms. */
export function withoutQuery(url: unknown): unknown {
  return typeof url === "string" ? url.split("?")[0] : url;
}

/**
 * An error as a log field: its type, code, message and stack, never the query parameters a database error carries
 * (drizzle puts them in its message: "Failed query: … params: …") nor PostgreSQL's `detail` (it quotes values).
 */
export function errorField(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === "string" ? withoutParams(error) : redacted;
  const field: Record<string, unknown> = {
    type: error.name,
    message: withoutParams(error.message),
    stack: error.stack ? withoutParams(error.stack) : undefined,
  };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") field.code = code;
  if (error.cause !== undefined && depth < 3) field.cause = errorField(error.cause, depth + 1);
  return field;
}

function withoutParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, "\nparams: [withheld]");
}

/** Keeps the allowed fields of one log line's object, and reduces the known structured ones to safe parts. */
export function allowedOnly(object: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (!allowedFields.has(key)) {
      kept[key] = redacted;
      continue;
    }
    if (key === "url") kept[key] = withoutQuery(value);
    else if (key === "req") kept[key] = requestField(value);
    else if (key === "res") kept[key] = { statusCode: (value as { statusCode?: unknown })?.statusCode };
    else kept[key] = value;
  }
  return kept;
}

function requestField(value: unknown): unknown {
  const request = value as { method?: unknown; url?: unknown } | undefined;
  return { method: request?.method, url: withoutQuery(request?.url) };
}

const levelNames: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};

/** One JSON log line as a person reads it: "12:03:04 WARN message key=value", and the stack of an error. */
export function humanLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time, msg, pid: _pid, hostname: _hostname, err, ...rest } = entry;
  const clock = typeof time === "number" ? new Date(time).toISOString().slice(11, 19) : "";
  const name = levelNames[Number(level)] ?? String(level);
  const fields = Object.entries(rest)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ");
  const lines = [[clock, name.padEnd(5), msg ?? "", fields].filter(Boolean).join(" ")];
  const stack = (err as { stack?: unknown } | undefined)?.stack;
  if (typeof stack === "string") lines.push(stack.replace(/^/gm, "    "));
  return `${lines.join("\n")}\n`;
}

function humanStream(out: NodeJS.WritableStream): DestinationStream {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString("utf8");
      out.write(
        text
          .split("\n")
          .filter(Boolean)
          .map((line) => humanLine(line))
          .join(""),
      );
      done();
    },
  });
}

export interface LoggerOptions {
  /** Readable lines instead of JSON; by default when stdout is a terminal. */
  human?: boolean;
  /** Where lines go (stdout by default). */
  destination?: NodeJS.WritableStream;
}

/** Creates the logger: JSON lines (or readable ones on a terminal), fields kept by allow-list, errors without data. */
export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const out = options.destination ?? process.stdout;
  const human = options.human ?? process.stdout.isTTY === true;
  return pino(
    {
      level,
      serializers: { err: errorField },
      formatters: { log: allowedOnly },
    },
    human ? humanStream(out) : (out as DestinationStream),
  );
}

/** Text in a plain box, for what a person must read at start-up (the demo account), outside the log lines. */
export function boxed(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const edge = `+${"-".repeat(width + 2)}+`;
  return [edge, ...lines.map((line) => `| ${line.padEnd(width)} |`), edge].join("\n");
}
