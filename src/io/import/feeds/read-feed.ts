// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: title, link, language and items with ISO dates, xml:lang inherited.
import { XMLParser } from "fast-xml-parser";
import { AppError } from "../../../errors.ts";
import { formatIso, parseDate } from "../parse-date.ts";

export interface FeedItem {
  id: string | undefined;
  title: string | undefined;
  link: string | undefined;
  /** ISO 8601 in UTC, from pubDate, published, issued, dc:date or created. */
  published: string | undefined;
  /** The date as the feed wrote it. */
  publishedText: string | undefined;
  updated: string | undefined;
  updatedText: string | undefined;
  author: string | undefined;
  /** The fullest body: content:encoded, Atom content, else the description or summary. */
  content: string | undefined;
  summary: string | undefined;
  /** xml:lang of the item, else of its feed, else the feed's <language>. */
  language: string | undefined;
  /** The language of the title, content and summary elements themselves (their own xml:lang, else inherited). */
  languages: { title: string | undefined; content: string | undefined; summary: string | undefined };
}

export interface Feed {
  format: "rss" | "rdf" | "atom";
  title: string | undefined;
  link: string | undefined;
  language: string | undefined;
  description: string | undefined;
  author: string | undefined;
  published: string | undefined;
  publishedText: string | undefined;
  updated: string | undefined;
  updatedText: string | undefined;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

/** Elements that may hold markup: their inner XML is kept raw and read by `markupText`. */
const markupElements = [
  "title",
  "subtitle",
  "summary",
  "content",
  "description",
  "content:encoded",
  "xhtml:body",
  "body",
  "fullitem",
  "dc:description",
  "dc:title",
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: true,
  isArray: (name) => ["item", "entry", "link", "author", "dc:creator", "content"].includes(name),
  stopNodes: markupElements.map((name) => `*.${name}`),
});

/** The encoding a feed's bytes use: BOM, else the XML declaration, else UTF-8. */
function decode(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0) return new TextDecoder("utf-16be").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  let label = declared ?? "utf-8";
  try {
    return new TextDecoder(label, { fatal: label.toLowerCase().replace("_", "-") === "utf-8" }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) label = "utf-8";
    try {
      return new TextDecoder(label, { fatal: false }).decode(bytes);
    } catch {
      throw new AppError("invalid-file", `${name}: cannot decode the feed`, { where: name });
    }
  }
}

/** HTML's named entities that feeds use without declaring them (XML knows only five). */
const namedEntities: Record<string, string> = {
  nbsp: "\u00a0",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  agrave: "à",
  aacute: "á",
  acirc: "â",
  auml: "ä",
  ccedil: "ç",
  icirc: "î",
  iuml: "ï",
  iacute: "í",
  ocirc: "ô",
  ouml: "ö",
  oacute: "ó",
  ucirc: "û",
  ugrave: "ù",
  uuml: "ü",
  uacute: "ú",
  ntilde: "ñ",
  oelig: "œ",
  Eacute: "É",
  Egrave: "È",
  Agrave: "À",
  Ccedil: "Ç",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  euro: "€",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  middot: "·",
  szlig: "ß",
};

function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (all, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    const xml: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    return xml[name] ?? namedEntities[name] ?? all;
  });
}

/**
 * The text of an element kept raw: CDATA sections unwrapped, inline XHTML kept as markup (without its wrapping
 * div), escaped HTML and entities decoded.
 */
function markupText(raw: string, type: string | undefined): string {
  let value = raw.trim();
  if (value.includes("<![CDATA[")) {
    return value.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1").trim();
  }
  if (type === "xhtml" || type === "application/xhtml+xml" || /<[A-Za-z]/.test(value)) {
    const div = /^<div[^>]*>([\s\S]*)<\/div>$/.exec(value);
    if (div && type === "xhtml") value = (div[1] as string).trim();
    return value;
  }
  return decodeEntities(value);
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return markupText(value, undefined);
  if (!Array.isArray(value) && typeof value === "object" && typeof (value as Node)["#text"] === "string") {
    return markupText((value as Node)["#text"] as string, attr(value, "type"));
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return text(value[0]);
  const node = value as Node;
  if ("#text" in node) return text(node["#text"]);
  const parts: string[] = [];
  for (const [key, child] of Object.entries(node)) if (!key.startsWith("@")) parts.push(text(child) ?? "");
  const joined = parts.join(" ").trim();
  return joined === "" ? undefined : joined;
}

function attr(value: unknown, name: string): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  if (node && typeof node === "object") return text((node as Node)[`@${name}`]);
  return undefined;
}

function first(node: Node, ...keys: string[]): unknown {
  for (const key of keys) if (node[key] !== undefined) return node[key];
  return undefined;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return text(links);
  const alternate =
    links.find((l) => typeof l === "object" && [undefined, "alternate"].includes(attr(l, "rel"))) ?? links[0];
  return attr(alternate, "href") ?? text(alternate);
}

function dateOf(value: unknown): { iso: string | undefined; raw: string | undefined } {
  const raw = text(value);
  const time = raw === undefined ? undefined : parseDate(raw);
  return { iso: time === undefined ? undefined : formatIso(time), raw };
}

function personOf(value: unknown): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  if (node && typeof node === "object" && ("name" in (node as Node) || "email" in (node as Node))) {
    const name = text((node as Node).name);
    const email = text((node as Node).email);
    return name && email ? `${name} (${email})` : (name ?? email);
  }
  return text(node);
}

/** An element's own xml:lang ("" clears it; en_US is written en-US), else the inherited language. */
function languageOf(value: unknown, inherited: string | undefined): string | undefined {
  const own = attr(value, "xml:lang");
  if (own === undefined) return inherited;
  return own.trim() === "" ? undefined : own.trim().replace("_", "-");
}

function itemOf(node: Node, inherited: string | undefined, atom: boolean): FeedItem {
  const language = languageOf(node, text(node["dc:language"]) ?? inherited);
  const published = dateOf(
    first(node, "pubDate", "published", "issued", "dc:date", "dcterms:issued", "created", "dcterms:created"),
  );
  const updated = dateOf(
    first(node, "updated", "modified", "dcterms:modified", "dc:date", "pubDate", "published"),
  );
  const summaryNode = first(node, "description", "summary", "dc:description", "itunes:summary");
  const contentNode = first(node, "content:encoded", "content", "xhtml:body", "body", "fullitem");
  const summary = text(summaryNode);
  const content = text(contentNode) ?? summary;
  const permalink = attr(node.guid, "isPermaLink") !== "false" ? text(node.guid) : undefined;
  const link = atom ? atomLink(node.link) : (text(node.link) ?? permalink);
  return {
    id: text(first(node, "guid", "id")) ?? attr(node, "rdf:about") ?? link,
    title: text(first(node, "title", "dc:title")),
    link,
    published: published.iso,
    publishedText: published.raw,
    updated: updated.iso,
    updatedText: updated.raw,
    author: personOf(first(node, "author", "dc:creator", "dc:author", "itunes:author")),
    content,
    summary,
    language,
    languages: {
      title: languageOf(first(node, "title", "dc:title"), language),
      content: languageOf(contentNode ?? summaryNode, language),
      summary: languageOf(summaryNode, language),
    },
  };
}

function channelFields(node: Node) {
  const published = dateOf(first(node, "pubDate", "published", "dcterms:issued", "issued"));
  const updated = dateOf(first(node, "lastBuildDate", "updated", "modified", "dc:date", "dcterms:modified"));
  return {
    description: text(first(node, "description", "subtitle", "tagline", "dc:description")),
    author: personOf(first(node, "managingEditor", "author", "dc:creator", "dc:author", "webMaster")),
    published: published.iso,
    publishedText: published.raw,
    updated: updated.iso,
    updatedText: updated.raw,
  };
}

/**
 * Reads a feed from its bytes. Errors: "invalid-file" when the text is not XML or not a feed (naming the file).
 */
export function readFeed(bytes: Uint8Array, name = "feed"): Feed {
  const source = decode(bytes, name);
  let document: Node;
  try {
    document = parser.parse(source) as Node;
  } catch (error) {
    throw new AppError("invalid-file", `${name} is not XML: ${(error as Error).message}`, { where: name });
  }
  const rss = document.rss as Node | undefined;
  const rdf = (document["rdf:RDF"] ?? document.RDF) as Node | undefined;
  const atom = document.feed as Node | undefined;
  if (atom && typeof atom === "object") {
    const language = languageOf(atom, undefined);
    const entries = (atom.entry as Node[] | undefined) ?? [];
    return {
      format: "atom",
      title: text(atom.title),
      link: atomLink(atom.link),
      language,
      ...channelFields(atom),
      items: entries.map((entry) => itemOf(entry, language, true)),
    };
  }
  const root = rss ?? rdf;
  if (!root || typeof root !== "object") {
    throw new AppError("invalid-file", `${name} is not an RSS, RDF or Atom feed`, { where: name });
  }
  const channel = ((root.channel as Node | undefined) ?? {}) as Node;
  const language = languageOf(
    channel,
    languageOf(root, text(first(channel, "language", "dc:language"))?.replace("_", "-")),
  );
  const items = ((channel.item as Node[] | undefined) ?? (root.item as Node[] | undefined) ?? []).map(
    (item) => itemOf(item, language, false),
  );
  return {
    format: rss ? "rss" : "rdf",
    title: text(first(channel, "title", "dc:title")),
    link: text(channel.link) ?? attr(channel, "rdf:about"),
    language,
    ...channelFields(channel),
    items,
  };
}
