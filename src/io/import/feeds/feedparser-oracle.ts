// Evaluates the simple Python expressions of feedparser's test fixtures ("Expect:" lines) against a read feed.
import type { Feed, FeedItem } from "./read-feed.ts";

/** The keys whose cases concern what Cocrea reads: title, link, dates, author, content/summary, language. */
export const concernedKeys = new Set([
  "title",
  "title_detail",
  "link",
  "published",
  "published_parsed",
  "updated",
  "updated_parsed",
  "author",
  "content",
  "summary",
  "summary_detail",
  "description",
  "language",
]);

type Value = string | number | null | Value[] | { [key: string]: Value };

function parsedTuple(iso: string | undefined): Value {
  if (iso === undefined) return null;
  const d = new Date(iso);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yday,
    0,
  ];
}

function detail(value: string | undefined, language: string | undefined): Value {
  return { value: value ?? null, language: language ?? null };
}

/** The feed as feedparser names its parts (only the parts Cocrea reads). */
export function feedparserView(feed: Feed): { feed: Value; entries: Value } {
  const entry = (item: FeedItem): Value => ({
    title: item.title ?? null,
    title_detail: detail(item.title, item.languages.title),
    language: item.language ?? null,
    link: item.link ?? null,
    id: item.id ?? null,
    published: item.publishedText ?? null,
    published_parsed: parsedTuple(item.published),
    updated: item.updatedText ?? null,
    updated_parsed: parsedTuple(item.updated),
    author: item.author ?? null,
    content: item.content === undefined ? [] : [detail(item.content, item.languages.content)],
    summary: item.summary ?? null,
    description: item.summary ?? null,
    summary_detail: detail(item.summary, item.languages.summary),
  });
  return {
    feed: {
      title: feed.title ?? null,
      title_detail: detail(feed.title, feed.language),
      link: feed.link ?? null,
      language: feed.language ?? null,
      description: feed.description ?? null,
      author: feed.author ?? null,
      published: feed.publishedText ?? null,
      published_parsed: parsedTuple(feed.published),
      updated: feed.updatedText ?? null,
      updated_parsed: parsedTuple(feed.updated),
    },
    entries: feed.items.map(entry),
  };
}

/** One comparison of an Expect line: a path into the result and the Python literal it must equal. */
export interface Check {
  root: "feed" | "entries";
  path: Array<string | number>;
  expected: Value;
}

const literal = String.raw`'(?:[^'\\]|\\.)*'|u'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|None|-?\d+|\((?:[^()]*)\)`;
const comparison = new RegExp(
  String.raw`^\(?\s*(feed|entries)((?:\[(?:'[^']*'|\d+)\])+)\s*==\s*(${literal})\s*\)?$`,
);

function pythonValue(text: string): Value {
  if (text === "None") return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (text.startsWith("(")) {
    return text
      .slice(1, -1)
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map(pythonValue);
  }
  const body = text.replace(/^u/, "").slice(1, -1);
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|n|t|'|"|\\)/g, (_, code: string) => {
    if (code === "n") return "\n";
    if (code === "t") return "\t";
    if (code.startsWith("u") || code.startsWith("x"))
      return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    return code;
  });
}

/**
 * The checks of an Expect line, or undefined when it uses a form this reader does not evaluate. `bozo` (the
 * ill-formed flag) is not judged: feeds are read leniently.
 */
export function parseExpect(expect: string): Check[] | undefined {
  const parts = expect
    .trim()
    .split(/\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== "not bozo" && part !== "bozo");
  if (parts.length === 0) return undefined;
  const checks: Check[] = [];
  for (const part of parts) {
    const match = comparison.exec(part);
    if (!match) return undefined;
    const path = [...(match[2] as string).matchAll(/\[(?:'([^']*)'|(\d+))\]/g)].map((m) =>
      m[1] !== undefined ? m[1] : Number(m[2]),
    );
    checks.push({ root: match[1] as "feed" | "entries", path, expected: pythonValue(match[3] as string) });
  }
  return checks;
}

/** Whether a check concerns title, link, dates, author, content/summary or language. */
export function concerns(check: Check): boolean {
  const key = check.path.find((part) => typeof part === "string");
  return typeof key === "string" && concernedKeys.has(key);
}

/** Evaluates a check on the view; a missing part reads as null. */
export function holds(check: Check, view: { feed: Value; entries: Value }): boolean {
  let at: Value | undefined = view[check.root];
  for (const part of check.path) {
    if (at === null || at === undefined || typeof at !== "object") return check.expected === null;
    at = (at as Record<string, Value>)[part as string] ?? null;
  }
  return JSON.stringify(at ?? null) === JSON.stringify(check.expected);
}
