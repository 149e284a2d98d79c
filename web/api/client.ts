// Talks to the JSON API: sends the CSRF token, and turns problem+json answers into ApiError with code and field.
import type { ErrorCode } from "../../src/errors.ts";

/** One invalid field of a request, as the server reports it (code is a validation keyword such as "format"). */
export interface FieldProblem {
  field: string;
  code: string;
  detail: string;
}

/** A failed request: the server's stable code, the offending field if any, and every invalid field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | "network";
  readonly field: string | undefined;
  readonly errors: FieldProblem[];

  constructor(
    status: number,
    code: ErrorCode | "network",
    detail: string,
    field?: string,
    errors: FieldProblem[] = [],
  ) {
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = field;
    this.errors = errors;
  }
}

let csrfToken: string | undefined;
let onSignedOut: (() => void) | undefined;

/** Called when the server answers not-signed-in: the session expired or was closed elsewhere. */
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

/** Remembers the token from GET /session; every state-changing request sends it back. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function refreshCsrfToken(): Promise<void> {
  const response = await fetch("/api/v1/session", { credentials: "same-origin" });
  if (response.ok) setCsrfToken(((await response.json()) as { csrfToken: string }).csrfToken);
}

async function problemOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      code?: ErrorCode;
      detail?: string;
      field?: string;
      errors?: FieldProblem[];
    };
    return new ApiError(
      response.status,
      body.code ?? "internal",
      body.detail ?? response.statusText,
      body.field,
      body.errors ?? [],
    );
  } catch {
    return new ApiError(response.status, response.status === 429 ? "too-many-requests" : "internal", "");
  }
}

/** Sends one request to `/api/v1${path}`; resolves with the parsed JSON answer, or undefined for 202 and 204. */
export async function send<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const init: RequestInit = { method, headers, credentials: "same-origin" };
  if (method !== "GET") {
    if (csrfToken === undefined) await refreshCsrfToken();
    headers["content-type"] = "application/json";
    headers["x-csrf-token"] = csrfToken ?? "";
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, init);
  } catch (error) {
    throw new ApiError(0, "network", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    // A token can go stale (new session, server restart): fetch a fresh one and try once more.
    if (problem.code === "csrf-token-invalid" && !retried) {
      await refreshCsrfToken();
      return send<T>(method, path, body, true);
    }
    if (problem.code === "not-signed-in") onSignedOut?.();
    throw problem;
  }
  if (response.status === 204 || response.status === 202) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * The API under /api/v1 with string paths and types asserted by the caller.
 * @deprecated Use `client` of `./typed-client.ts`, whose paths, params, bodies and answers come from the
 * contracts' route table; this stays until every page has moved.
 */
export const api = {
  get: <T>(path: string) => send<T>("GET", path),
  post: <T>(path: string, body?: unknown) => send<T>("POST", path, body),
  patch: <T>(path: string, body?: unknown) => send<T>("PATCH", path, body),
  put: <T>(path: string, body?: unknown) => send<T>("PUT", path, body),
  delete: <T = void>(path: string) => send<T>("DELETE", path),
};
