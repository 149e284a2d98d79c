// The error vocabulary: stable kebab-case codes shared by domain, server, CLI and web (no HTTP here).

/** Every error code Cocrea can raise; each is also a translation key `errors.<code>` in the web app. */
export const errorCodes = [
  // input
  "invalid-input",
  "malformed-json",
  "body-too-large",
  "unsupported-media-type",
  "invalid-file",
  "missing-column",
  "empty-input",
  // authentication
  "not-signed-in",
  "invalid-credentials",
  "email-taken",
  "weak-password",
  "reset-token-invalid",
  "email-change-invalid",
  "sign-up-token-invalid",
  "unsubscribe-token-invalid",
  "csrf-token-invalid",
  "cross-origin-refused",
  "too-many-requests",
  "write-limit-reached",
  // authorization and lookup
  "forbidden",
  "not-found",
  "invitation-invalid",
  "invitation-expired",
  "already-member",
  "last-owner",
  "anonymous-not-allowed",
  "slug-taken",
  "member-blocked",
  // state rules
  "conflict",
  "conversation-off",
  "phase-closed",
  "challenge-paused",
  "challenge-archived",
  "not-a-finalist",
  "session-closed",
  "export-unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorOptions {
  /** The offending input field, as a JSON pointer-like path ("email", "members/0/role"). */
  field?: string;
  /** Where in a file the problem is, e.g. "votes.csv:12:3". */
  where?: string;
  /** Extra structured facts (limits, allowed values) safe to show to the user. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** A failure the user can act on; `message` is English and for logs and the CLI, the web app translates by code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly where: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.where = options.where;
    this.details = options.details;
  }
}

/** Shorthand for an input error on a file position (1-based line and column). */
export function fileError(
  code: ErrorCode,
  message: string,
  file: string,
  line?: number,
  column?: number,
): AppError {
  const where = [file, line, column].filter((part) => part !== undefined).join(":");
  return new AppError(code, message, { where });
}
