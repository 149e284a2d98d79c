// Fetches a feed URL the way a server may fetch a URL a user typed: public addresses only (checked on every DNS answer,
// every redirect and the connected socket), conditional GET, a deadline, a size cap and a redirect cap.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction, type Socket } from "node:net";
import zlib from "node:zlib";
import { type AddressClass, addressClassWords, classifyAddress } from "./address-class.ts";

export interface FeedFetchOptions {
  /** Lets loopback addresses through (tests, a feed served by the same machine); set by the administrator. */
  allowLoopback: boolean;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  /** Whole exchange, redirects included (milliseconds, default 20 000). */
  timeoutMs?: number;
  /** Largest body kept, after decompression (bytes, default 5 MiB). */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Overrides the address policy (tests); by default public addresses, and loopback when allowed. */
  allowAddress?: (address: string, kind: AddressClass) => boolean;
}

export type FeedFetchResult =
  | { status: "not-modified" }
  | { status: "fetched"; body: Buffer; etag: string | null; lastModified: string | null; url: string };

/** What went wrong, as a stable code the interface translates, with the variable parts as `params`. */
export type FeedFetchCode =
  | "address-refused"
  | "bad-address"
  | "http-status"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "name-not-found"
  | "unreachable";

/** Why a fetch failed: plain words in `message` (for logs and the API), a code and its parameters. */
export class FeedFetchError extends Error {
  constructor(
    readonly code: FeedFetchCode,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

const userAgent = "Cocrea feed reader (+https://github.com/cocrea)";

/** A lookup that answers only allowed addresses: every address of the answer is checked, so none slips through. */
function guardedLookup(allowed: (address: string) => FeedFetchError | undefined): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const refusal = addresses.map((a) => allowed(a.address)).find((reason) => reason !== undefined);
      if (refusal !== undefined) return callback(refusal, "", 4);
      if (addresses.length === 0)
        return callback(
          new FeedFetchError("name-not-found", `the name ${hostname} was not found`, { host: hostname }),
          "",
          4,
        );
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/**
 * GETs `url` and its redirects (each re-checked), sending If-None-Match / If-Modified-Since; answers not-modified on
 * 304, the body on 2xx, and throws FeedFetchError with plain words otherwise.
 */
export async function fetchFeed(url: string, options: FeedFetchOptions): Promise<FeedFetchResult> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const policy =
    options.allowAddress ??
    ((_address: string, kind: AddressClass) =>
      kind === "public" || (kind === "loopback" && options.allowLoopback));
  const refusal = (address: string): FeedFetchError | undefined => {
    const kind = classifyAddress(address);
    if (policy(address, kind)) return undefined;
    const words = kind === "public" ? "not allowed" : addressClassWords[kind];
    return new FeedFetchError(
      "address-refused",
      `refused: ${address} is ${words}; feeds must be on the public internet`,
      { address, kind },
    );
  };
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let current = checkedUrl(url);
  for (let hop = 0; ; hop++) {
    const literal = current.hostname.replace(/^\[|\]$/g, "");
    if (isIP(literal)) {
      const refused = refusal(literal);
      if (refused) throw refused;
    }
    let answer: Answer;
    try {
      answer = await get(current, options, refusal, signal);
    } catch (error) {
      if (deadline.aborted)
        throw new FeedFetchError("timeout", `no complete answer within ${timeoutMs / 1000} seconds`, {
          seconds: String(timeoutMs / 1000),
        });
      throw error;
    }
    if (answer.redirect !== undefined) {
      if (hop >= maxRedirects)
        throw new FeedFetchError("too-many-redirects", `too many redirects (more than ${maxRedirects})`, {
          max: String(maxRedirects),
        });
      current = checkedUrl(new URL(answer.redirect, current).toString());
      continue;
    }
    return answer.result;
  }
}

/** A URL a feed may have: http or https, no user name or password. */
function checkedUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FeedFetchError("bad-address", `"${text}" is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FeedFetchError("bad-address", `only http and https addresses are read, not ${url.protocol}`);
  if (url.username || url.password)
    throw new FeedFetchError("bad-address", "addresses with a user name or password are refused");
  return url;
}

type Answer = { redirect: string; result?: never } | { redirect?: never; result: FeedFetchResult };

function get(
  url: URL,
  options: FeedFetchOptions,
  refusal: (address: string) => FeedFetchError | undefined,
  signal: AbortSignal,
): Promise<Answer> {
  const maxBytes = options.maxBytes ?? 5 << 20;
  const headers: Record<string, string> = {
    "user-agent": userAgent,
    accept:
      "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const request = client.get(url, {
      headers,
      signal,
      // A fresh agent per request: no pooled socket, whose address was checked for another host, is reused.
      agent: new client.Agent({ keepAlive: false, lookup: guardedLookup(refusal) }),
    });
    request.on("socket", (socket: Socket) => {
      socket.once("connect", () => {
        // The address actually connected to, whatever resolved it.
        const refused = refusal(socket.remoteAddress ?? "");
        if (refused) request.destroy(refused);
      });
    });
    request.on("error", (error) => reject(plain(error, url)));
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        response.resume();
        const location = response.headers.location;
        if (!location)
          return reject(
            new FeedFetchError("http-status", `the server answered ${status} without a new address`, {
              status: String(status),
            }),
          );
        return resolve({ redirect: location });
      }
      if (status === 304) {
        response.resume();
        return resolve({ result: { status: "not-modified" } });
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return reject(
          new FeedFetchError(
            "http-status",
            `the server answered ${status} ${response.statusMessage ?? ""}`.trim(),
            { status: String(status) },
          ),
        );
      }
      const declared = Number(response.headers["content-length"] ?? Number.NaN);
      if (declared > maxBytes) {
        request.destroy();
        return reject(tooLarge(maxBytes));
      }
      const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
      const body =
        encoding === "gzip" || encoding === "x-gzip"
          ? response.pipe(zlib.createGunzip())
          : encoding === "deflate"
            ? response.pipe(zlib.createInflate())
            : encoding === "br"
              ? response.pipe(zlib.createBrotliDecompress())
              : response;
      const chunks: Buffer[] = [];
      let size = 0;
      body.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          request.destroy();
          reject(tooLarge(maxBytes));
          return;
        }
        chunks.push(chunk);
      });
      body.on("error", (error) =>
        reject(
          new FeedFetchError("unreachable", `the answer could not be read: ${error.message}`, {
            host: url.hostname,
          }),
        ),
      );
      body.on("end", () =>
        resolve({
          result: {
            status: "fetched",
            body: Buffer.concat(chunks),
            etag: header(response.headers.etag),
            lastModified: header(response.headers["last-modified"]),
            url: url.toString(),
          },
        }),
      );
      response.on("aborted", () =>
        reject(new FeedFetchError("unreachable", "the server cut the answer short", { host: url.hostname })),
      );
    });
  });
}

const header = (value: string | string[] | undefined): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null;

const tooLarge = (maxBytes: number) =>
  new FeedFetchError("too-large", `the feed is larger than ${Math.round(maxBytes / 1024)} KiB`, {
    kib: String(Math.round(maxBytes / 1024)),
  });

/** A network error in plain words. */
function plain(error: unknown, url: URL): Error {
  if (error instanceof FeedFetchError) return error;
  const code = (error as { code?: string }).code;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FeedFetchError) return cause;
  const host = url.hostname;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new FeedFetchError("name-not-found", `the name ${host} was not found`, { host });
    case "ECONNREFUSED":
      return new FeedFetchError("unreachable", `${host} refused the connection`, { host });
    case "ECONNRESET":
      return new FeedFetchError("unreachable", `${host} closed the connection`, { host });
    case "ABORT_ERR":
      return new FeedFetchError("unreachable", "the request was stopped", { host });
    default:
      return new FeedFetchError(
        "unreachable",
        code?.startsWith("ERR_TLS") || code?.includes("CERT")
          ? `the secure connection to ${host} failed (${code})`
          : `${host} could not be reached (${code ?? (error as Error).message})`,
        { host },
      );
  }
}
