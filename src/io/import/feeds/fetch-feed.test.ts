// fetchFeed against a throwaway HTTP server on loopback: conditional GET, redirects, caps, and address refusals.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedFetchError, fetchFeed } from "./fetch-feed.ts";

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`;
let server: Server;
let base: string;
let port: number;
const seen: Array<Record<string, string | string[] | undefined>> = [];

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  "/feed": (request, response) => {
    if (request.headers["if-none-match"] === '"v1"') return void response.writeHead(304).end();
    response.writeHead(200, { etag: '"v1"', "last-modified": "Mon, 07 Dec 2026 10:00:00 GMT" }).end(feed);
  },
  "/gzip": (_request, response) => {
    response.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(feed));
  },
  "/moved": (_request, response) => void response.writeHead(301, { location: "/feed" }).end(),
  "/loop": (_request, response) => void response.writeHead(302, { location: "/loop" }).end(),
  "/elsewhere": (_request, response) =>
    void response.writeHead(302, { location: `http://127.0.0.2:${port}/feed` }).end(),
  "/big": (_request, response) => {
    response.writeHead(200);
    response.end("x".repeat(300_000));
  },
  "/missing": (_request, response) => void response.writeHead(404).end(),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers);
    const route = routes[new URL(request.url ?? "/", "http://x").pathname];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allowed = { allowLoopback: true };

describe("fetchFeed", () => {
  it("reads a feed with its validators, then answers not-modified to the same ETag", async () => {
    const first = await fetchFeed(`${base}/feed`, allowed);
    expect(first).toMatchObject({ status: "fetched", etag: '"v1"', url: `${base}/feed` });
    expect(first.status === "fetched" && first.body.toString()).toBe(feed);
    const second = await fetchFeed(`${base}/feed`, { ...allowed, etag: '"v1"', lastModified: "x" });
    expect(second).toEqual({ status: "not-modified" });
    expect(seen.at(-1)).toMatchObject({ "if-none-match": '"v1"', "if-modified-since": "x" });
  });

  it("decompresses a gzip answer", async () => {
    const result = await fetchFeed(`${base}/gzip`, allowed);
    expect(result.status === "fetched" && result.body.toString()).toBe(feed);
  });

  it("follows a redirect and stops after too many", async () => {
    expect(await fetchFeed(`${base}/moved`, allowed)).toMatchObject({
      status: "fetched",
      url: `${base}/feed`,
    });
    await expect(fetchFeed(`${base}/loop`, { ...allowed, maxRedirects: 3 })).rejects.toThrow(
      "too many redirects (more than 3)",
    );
  });

  it("checks the address of every redirect again", async () => {
    const only = (address: string) => address === "127.0.0.1";
    await expect(
      fetchFeed(`${base}/elsewhere`, { ...allowed, allowAddress: (address) => only(address) }),
    ).rejects.toThrow("refused: 127.0.0.2 is");
  });

  it("refuses loopback unless allowed, by literal address and by name", async () => {
    await expect(fetchFeed(`${base}/feed`, { allowLoopback: false })).rejects.toThrow(
      "refused: 127.0.0.1 is a loopback address (this machine); feeds must be on the public internet",
    );
    await expect(fetchFeed(`${base}/feed`, { allowLoopback: false })).rejects.toMatchObject({
      code: "address-refused",
      params: { address: "127.0.0.1", kind: "loopback" },
    });
    const byName = fetchFeed(`http://localhost:${port}/feed`, { allowLoopback: false });
    await expect(byName).rejects.toBeInstanceOf(FeedFetchError);
    await expect(byName).rejects.toThrow(/refused: (127\.0\.0\.1|::1) is a loopback address/);
  });

  it("refuses a body over the size cap, an error status and other schemes, in plain words", async () => {
    await expect(fetchFeed(`${base}/big`, { ...allowed, maxBytes: 100_000 })).rejects.toThrow(
      "the feed is larger than 98 KiB",
    );
    await expect(fetchFeed(`${base}/missing`, allowed)).rejects.toThrow("the server answered 404 Not Found");
    await expect(fetchFeed("file:///etc/passwd", allowed)).rejects.toThrow("only http and https");
    await expect(fetchFeed("not a url", allowed)).rejects.toThrow("is not a web address");
  });
});
