// Turns every error into application/problem+json (RFC 9457) with a stable code and, for bad input, the field.
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import type { ProblemBody } from "../../contracts/common.ts";
import { AppError, type ErrorCode } from "../../errors.ts";

/** HTTP status of each error code; the compiler checks every code has one. */
export const statusOf: Record<ErrorCode, number> = {
  "invalid-input": 400,
  "malformed-json": 400,
  "body-too-large": 413,
  "unsupported-media-type": 415,
  "invalid-file": 400,
  "missing-column": 400,
  "empty-input": 400,
  "not-signed-in": 401,
  "invalid-credentials": 401,
  "email-taken": 409,
  "weak-password": 400,
  "reset-token-invalid": 400,
  "email-change-invalid": 400,
  "sign-up-token-invalid": 400,
  "unsubscribe-token-invalid": 400,
  "csrf-token-invalid": 403,
  "cross-origin-refused": 403,
  "too-many-requests": 429,
  "write-limit-reached": 429,
  forbidden: 403,
  "not-found": 404,
  "invitation-invalid": 404,
  "invitation-expired": 410,
  "already-member": 409,
  "last-owner": 409,
  "anonymous-not-allowed": 403,
  "slug-taken": 409,
  "member-blocked": 403,
  conflict: 409,
  "conversation-off": 409,
  "phase-closed": 409,
  "challenge-paused": 409,
  "challenge-archived": 409,
  "not-a-finalist": 409,
  "session-closed": 409,
  "export-unavailable": 503,
  internal: 500,
};

const titles: Partial<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extra: Pick<ProblemBody, "field" | "errors" | "retryAfter" | "limit"> = {},
): FastifyReply {
  const status = statusOf[code];
  const body: ProblemBody = {
    type: `urn:cocrea:error:${code}`,
    title: titles[status] ?? "Error",
    status,
    detail,
    code,
    ...extra,
  };
  if (extra.retryAfter !== undefined) reply.header("retry-after", String(extra.retryAfter));
  return reply.code(status).type("application/problem+json; charset=utf-8").send(body);
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The field an Ajv issue is about: "/members/0/role" → "members.0.role"; a missing or extra property names itself. */
function fieldOf(issue: AjvIssue): string {
  const base = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const property = (issue.params.missingProperty ?? issue.params.additionalProperty) as string | undefined;
  return property ? (base ? `${base}.${property}` : property) : base;
}

function describe(issue: AjvIssue, context: string | undefined): string {
  const field = fieldOf(issue) || context || "input";
  switch (issue.keyword) {
    case "required":
      return `${field} is required.`;
    case "additionalProperties":
      return `${field} is not a known field.`;
    case "format":
      return issue.params.format === "email"
        ? `${field} must be an e-mail address.`
        : `${field} must be a valid ${String(issue.params.format)}.`;
    case "minLength":
      return `${field} must have at least ${String(issue.params.limit)} characters.`;
    case "maxLength":
      return `${field} must have at most ${String(issue.params.limit)} characters.`;
    default:
      return `${field} ${issue.message ?? "is invalid"}.`;
  }
}

/** A refusal that ends with time (a limit): when to try again, and which limit, as the error's details give them. */
function retryOf(details: Record<string, unknown> | undefined): Pick<ProblemBody, "retryAfter" | "limit"> {
  const seconds = details?.retryAfterSeconds;
  if (typeof seconds !== "number") return {};
  const limit = details?.limit as ProblemBody["limit"] | undefined;
  return { retryAfter: Math.ceil(seconds), ...(limit ? { limit } : {}) };
}

export default fp(async function problems(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, "not-found", `Nothing at ${request.method} ${request.url.split("?")[0]}.`),
  );

  app.setErrorHandler((error: FastifyError & { validation?: AjvIssue[] }, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, error.code, error.message, {
        ...(error.field ? { field: error.field } : {}),
        ...retryOf(error.details),
      });
    }
    if (error.validation) {
      const errors = error.validation.map((issue) => ({
        field: fieldOf(issue) || (error.validationContext ?? "body"),
        code: issue.keyword === "additionalProperties" ? "unknown-field" : issue.keyword,
        detail: describe(issue, error.validationContext),
      }));
      const first = errors[0];
      return sendProblem(reply, "invalid-input", first?.detail ?? "The request is invalid.", {
        ...(first ? { field: first.field } : {}),
        errors,
      });
    }
    switch (error.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return sendProblem(reply, "malformed-json", "The request body is not valid JSON.");
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return sendProblem(reply, "body-too-large", "The request body is too large.");
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return sendProblem(reply, "unsupported-media-type", "Send the request body as application/json.");
      case "FST_CSRF_INVALID_TOKEN":
      case "FST_CSRF_MISSING_SECRET":
        return sendProblem(
          reply,
          "csrf-token-invalid",
          "The form expired or came from elsewhere: reload the page and try again.",
        );
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, "too-many-requests", "Too many attempts: wait a minute and try again.");
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, "invalid-input", error.message);
    }
    request.log.error({ err: error }, "unexpected error");
    return sendProblem(
      reply,
      "internal",
      "Something went wrong on our side. Try again; if it persists, tell us.",
    );
  });
});
