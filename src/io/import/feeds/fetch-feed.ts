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

/** Why a fetch failed, in plain words, for the feed source's status. */
export class FeedFetchError extends Error {}

const userAgent = "Cocrea feed reader (+https://github.com/cocrea)";

/** A lookup that answers only allowed addresses: every address of the answer is checked, so none slips through. */
function guardedLookup(allowed: (address: string) => string | undefined): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const refusal = addresses.map((a) => allowed(a.address)).find((reason) => reason !== undefined);
      if (refusal !== undefined || addresses.length === 0)
        return callback(new FeedFetchError(refusal ?? `${hostname} has no address`), "", 4);
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
  const refusal = (address: string): string | undefined => {
    const kind = classifyAddress(address);
    return policy(address, kind)
      ? undefined
      : `refused: ${address} is ${kind === "public" ? "not allowed" : addressClassWords[kind]}; feeds must be on the public internet`;
  };
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let current = checkedUrl(url);
  for (let hop = 0; ; hop++) {
    const literal = current.hostname.replace(/^\[|\]$/g, "");
    if (isIP(literal)) {
      const reason = refusal(literal);
      if (reason) throw new FeedFetchError(reason);
    }
    let answer: Answer;
    try {
      answer = await get(current, options, refusal, signal);
    } catch (error) {
      if (deadline.aborted) throw new FeedFetchError(`no complete answer within ${timeoutMs / 1000} seconds`);
      throw error;
    }
    if (answer.redirect !== undefined) {
      if (hop >= maxRedirects) throw new FeedFetchError(`too many redirects (more than ${maxRedirects})`);
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
    throw new FeedFetchError(`"${text}" is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FeedFetchError(`only http and https addresses are read, not ${url.protocol}`);
  if (url.username || url.password)
    throw new FeedFetchError("addresses with a user name or password are refused");
  return url;
}

type Answer = { redirect: string; result?: never } | { redirect?: never; result: FeedFetchResult };

function get(
  url: URL,
  options: FeedFetchOptions,
  refusal: (address: string) => string | undefined,
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
        const reason = socket.remoteAddress ? refusal(socket.remoteAddress) : "refused: no remote address";
        if (reason) request.destroy(new FeedFetchError(reason));
      });
    });
    request.on("error", (error) => reject(plain(error, url)));
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        response.resume();
        const location = response.headers.location;
        if (!location)
          return reject(new FeedFetchError(`the server answered ${status} without a new address`));
        return resolve({ redirect: location });
      }
      if (status === 304) {
        response.resume();
        return resolve({ result: { status: "not-modified" } });
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return reject(
          new FeedFetchError(`the server answered ${status} ${response.statusMessage ?? ""}`.trim()),
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
        reject(new FeedFetchError(`the answer could not be read: ${error.message}`)),
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
      response.on("aborted", () => reject(new FeedFetchError("the server cut the answer short")));
    });
  });
}

const header = (value: string | string[] | undefined): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null;

const tooLarge = (maxBytes: number) =>
  new FeedFetchError(`the feed is larger than ${Math.round(maxBytes / 1024)} KiB`);

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
      return new FeedFetchError(`the name ${host} was not found`);
    case "ECONNREFUSED":
      return new FeedFetchError(`${host} refused the connection`);
    case "ECONNRESET":
      return new FeedFetchError(`${host} closed the connection`);
    case "ABORT_ERR":
      return new FeedFetchError("the request was stopped");
    default:
      return new FeedFetchError(
        code?.startsWith("ERR_TLS") || code?.includes("CERT")
          ? `the secure connection to ${host} failed (${code})`
          : `${host} could not be reached (${code ?? (error as Error).message})`,
      );
  }
}
