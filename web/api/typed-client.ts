// The API client whose every call is tied to its route's contract: the path template, its params, query and body,
// and the answer are all types of src/contracts/api-routes.ts, so a changed schema breaks the web build.
import type { Static, TSchema } from "@sinclair/typebox";
import type { ApiRoutes } from "../../src/contracts/api-routes.ts";
import { send } from "./client.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The path templates the table holds for `M`, e.g. "/workspaces/:workspaceId/challenges" for GET. */
export type PathOf<M extends Method> = keyof ApiRoutes extends infer K
  ? K extends `${M} ${infer P}`
    ? P
    : never
  : never;

type Route<M extends Method, P extends PathOf<M>> = ApiRoutes[`${M} ${P}` & keyof ApiRoutes];

/** Path parameters by name; a number is written as its decimal text (a statement's number). */
type ParamsOf<R> = R extends { params: infer S extends TSchema }
  ? { [K in keyof Static<S>]: string | number }
  : never;
type QueryOf<R> = R extends { querystring: infer S extends TSchema } ? Static<S> : never;
type BodyOf<R> = R extends { body: infer S extends TSchema } ? Static<S> : never;

/** What a call needs besides its path: `params` when the path has any, `body` when the route reads one. */
export type CallOptions<R> = ([ParamsOf<R>] extends [never] ? { params?: never } : { params: ParamsOf<R> }) &
  ([QueryOf<R>] extends [never] ? { query?: never } : { query?: QueryOf<R> }) &
  ([BodyOf<R>] extends [never] ? { body?: never } : { body: BodyOf<R> });

/** The answer of a route: its success response's type, or void for 202 and 204 without content. */
export type AnswerOf<R> = R extends { response: infer Codes }
  ? Codes extends { 200: infer S extends TSchema }
    ? Static<S>
    : Codes extends { 201: infer S extends TSchema }
      ? Static<S>
      : Codes extends { 202: infer S extends TSchema }
        ? S extends { type: "null" }
          ? undefined
          : Static<S> | undefined
        : undefined
  : never;

/** Options may be left out only when the route needs none. */
type Rest<R> =
  Record<string, never> extends CallOptions<R> ? [options?: CallOptions<R>] : [options: CallOptions<R>];

/** "/workspaces/:workspaceId" + { workspaceId } → "/workspaces/0b6…", each value URI-encoded; adds the query. */
export function fillPath(
  template: string,
  params: Record<string, string | number> = {},
  query: Record<string, string | undefined> = {},
): string {
  const path = template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} of ${template}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function caller<M extends Method>(method: M) {
  return <P extends PathOf<M>>(path: P, ...[options]: Rest<Route<M, P>>): Promise<AnswerOf<Route<M, P>>> => {
    const { params, query, body } = (options ?? {}) as {
      params?: Record<string, string | number>;
      query?: Record<string, string | undefined>;
      body?: unknown;
    };
    return send(method, fillPath(path, params, query), body);
  };
}

/** The API under /api/v1: `client.get("/workspaces/:workspaceId/challenges", { params: { workspaceId } })`. */
export const client = {
  get: caller("GET"),
  post: caller("POST"),
  put: caller("PUT"),
  patch: caller("PATCH"),
  delete: caller("DELETE"),
};

/** The path parameters that name one challenge: what pages pass to the sections that call its routes. */
export interface ChallengeRef {
  workspaceId: string;
  challengeId: string;
}

/** The path parameters that name one idea. */
export interface IdeaRef {
  workspaceId: string;
  ideaId: string;
}
