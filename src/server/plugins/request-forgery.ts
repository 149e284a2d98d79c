// Refuses forged state-changing API requests: another site's Origin (or Referer), or a CSRF token of another session.
import csrf from "@fastify/csrf-protection";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../../errors.ts";
import { sessionCookie } from "./access.ts";

/** The cookie holding this browser's CSRF secret (httpOnly, SameSite=Strict); tokens are derived from it. */
const secretCookie = "cocrea_csrf";

/** What a token of a browser with no session is bound to: only its secret cookie. */
const noSession = "-";

export interface RequestForgeryOptions {
  /** The instance's public address (PUBLIC_URL): its origin is this site's. */
  publicUrl: string;
  /** Key of the HMAC that binds a token to its session; one per instance, shared by every server process. */
  hmacKey: string;
  secureCookies: boolean;
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether `origin` (scheme://host[:port]) is this site's: the public address, or the address the request reached
 * (same host as its Host header) so that a server reached at 127.0.0.1 or behind a proxy that keeps Host is itself.
 * The opaque origin "null" (sandboxed frames, file pages) is never this site.
 */
function isOwnOrigin(origin: string, publicOrigin: string, host: string | undefined): boolean {
  const parsed = URL.parse(origin);
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return false;
  return parsed.origin === publicOrigin || (host !== undefined && parsed.host === host);
}

/**
 * Checks where a state-changing request comes from. Browsers send Origin on every cross-site request, and on
 * same-site POST, PUT, PATCH and DELETE; without it, the Referer names the page. A request with neither is not a
 * browser's page (curl, a script with the session cookie): it passes this check and still needs the session's CSRF
 * token, which another site cannot read.
 */
function assertOwnOrigin(request: FastifyRequest, publicOrigin: string): void {
  const { origin, referer } = request.headers;
  const host = request.headers.host;
  if (origin !== undefined) {
    if (isOwnOrigin(origin, publicOrigin, host)) return;
    throw new AppError(
      "cross-origin-refused",
      `A page of another site (${origin.slice(0, 100)}) cannot change anything here: open Cocrea at ${publicOrigin}.`,
      { field: "origin" },
    );
  }
  if (referer !== undefined) {
    const from = URL.parse(referer)?.origin ?? "null";
    if (isOwnOrigin(from, publicOrigin, host)) return;
    throw new AppError(
      "cross-origin-refused",
      `A page of another site (${from.slice(0, 100)}) cannot change anything here: open Cocrea at ${publicOrigin}.`,
      { field: "referer" },
    );
  }
}

/**
 * The CSRF token of the API: `GET /session` gives it, every POST, PUT, PATCH and DELETE sends it in `x-csrf-token`.
 * It is @fastify/csrf-protection's token of the browser's secret cookie, bound to the session cookie by an HMAC with
 * the instance's key (its `userInfo`): a token read under one session is refused under another, even if an attacker
 * planted their own secret cookie (cookie tossing from a sibling subdomain). Signing in or out changes the session,
 * so the web app fetches a new token then (its client retries once on `csrf-token-invalid`).
 */
export default fp(async function requestForgery(app: FastifyInstance, options: RequestForgeryOptions) {
  const publicOrigin = new URL(options.publicUrl).origin;
  await app.register(csrf, {
    cookieKey: secretCookie,
    cookieOpts: { httpOnly: true, sameSite: "strict", path: "/", secure: options.secureCookies },
    getToken: (request) => request.headers["x-csrf-token"] as string | undefined,
    getUserInfo: (request) => request.cookies[sessionCookie] || noSession,
    csrfOpts: { hmacKey: options.hmacKey },
  });
  app.decorateReply("csrfToken", function csrfToken(this: FastifyReply) {
    return this.generateCsrf({ userInfo: this.request.cookies[sessionCookie] || noSession });
  });
  app.addHook("onRequest", (request, reply, done) => {
    if (safeMethods.has(request.method)) return done();
    try {
      assertOwnOrigin(request, publicOrigin);
    } catch (error) {
      return done(error as Error);
    }
    app.csrfProtection(request, reply, done);
  });
});

declare module "fastify" {
  interface FastifyReply {
    /** The CSRF token of this request's session (and browser), setting the browser's secret cookie if it has none. */
    csrfToken(): string;
  }
}
